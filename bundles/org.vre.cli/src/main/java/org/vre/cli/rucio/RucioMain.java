package org.vre.cli.rucio;

import org.vre.core.CancelledException;
import org.vre.core.VreException;

import picocli.CommandLine;

/**
 * Entry point of the {@code rucio} command shipped beside {@code vre}: the verbs physicists' scripts use, with
 * Rucio's options, answered by the lake. Errors are one line on stderr, as Rucio prints them.
 */
public final class RucioMain {

    private RucioMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; tests call this. */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new RucioCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (System.getenv("VRE_DEBUG") != null) {
                e.printStackTrace(cl.getErr());
            }
            if (e instanceof CancelledException) {
                cl.getErr().println("ERROR\tcancelled");
                return 130;
            }
            if (e instanceof VreException) {
                cl.getErr().println("ERROR\t" + e.getMessage());
                return 1;
            }
            cl.getErr().println("ERROR\tinternal error: " + e + " (set VRE_DEBUG=1 for details and report it)");
            return 70;
        });
        return commandLine;
    }
}
