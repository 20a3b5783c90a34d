package org.vre.cli;

import org.vre.core.CancelledException;
import org.vre.core.VreException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one readable line on stderr: users see what went wrong and where, not a stack
 * trace. Set VRE_DEBUG=1 to get the trace for a bug report.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    static final int EXIT_USER_ERROR = 1;
    static final int EXIT_INTERNAL_ERROR = 70;
    static final int EXIT_CANCELLED = 130;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (System.getenv("VRE_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        if (e instanceof CancelledException) {
            commandLine.getErr().println("vre: cancelled");
            return EXIT_CANCELLED;
        }
        if (e instanceof VreException) {
            commandLine.getErr().println("vre: " + e.getMessage());
            return EXIT_USER_ERROR;
        }
        commandLine.getErr().println("vre: internal error: " + e
                + " (set VRE_DEBUG=1 for details and report it)");
        return EXIT_INTERNAL_ERROR;
    }
}
