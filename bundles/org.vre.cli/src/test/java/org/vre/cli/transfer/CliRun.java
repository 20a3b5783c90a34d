package org.vre.cli.transfer;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.vre.core.VreException;

import picocli.CommandLine;

/** Runs a command line in-process and keeps its exit code, stdout and stderr. */
record CliRun(int exit, String out, String err) {

    static CliRun run(Object root, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (!(e instanceof VreException)) {
                throw e;
            }
            cl.getErr().println("ERROR " + e.getMessage());
            return 1;
        });
        int exit = commandLine.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    CliRun ok() {
        if (exit != 0) {
            throw new AssertionError("exit " + exit + "\nstdout: " + out + "\nstderr: " + err);
        }
        return this;
    }
}
