package org.vre.cli;

import picocli.CommandLine;

/** Entry point of the {@code vre} command: a plain Java process over the headless bundles' jars. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
            // Scripts probe the version often: answer before picocli reflects over every verb.
            System.out.println(VreCommand.Version.text());
            return 0;
        }
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new VreCommand());
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
