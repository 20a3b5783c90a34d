package org.vre.engine.slurm;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the Slurm commands run: this machine ({@link LocalShell}) or a cluster's login node over SSH
 * ({@link org.vre.engine.ssh.SshShell}). Commands are shell command lines ({@code sh -c} on the cluster side), so
 * the executor builds them once for both.
 */
public interface ClusterShell extends AutoCloseable {

    /** What a command printed and how it ended. */
    record Result(int exit, String out, String err) {
        public boolean ok() {
            return exit == 0;
        }

        /** The error text to show a user: stderr, else stdout, else the exit code. */
        public String problem() {
            String text = !err.isBlank() ? err : out;
            return text.isBlank() ? "exit code " + exit : text.strip();
        }
    }

    /** Runs {@code command} to its end and captures its output. */
    default Result run(String command) {
        return run(command, null, null);
    }

    /**
     * Runs {@code command} to its end.
     *
     * @param stdin  copied to the command's standard input, then closed (null: empty input)
     * @param stdout receives the standard output (null: captured in the result)
     * @throws org.vre.core.VreException when the command cannot be started at all (the message says why)
     */
    Result run(String command, InputStream stdin, OutputStream stdout);

    /**
     * The bytes of a file from {@code offset} on (empty when it does not exist yet), to follow a job's log as Slurm
     * writes it.
     */
    byte[] readFrom(String path, long offset);

    /** Where commands run, for provenance ({@code this host}, {@code alice@login.cluster:22}). */
    String describe();

    @Override
    void close();

    /** {@code text} as one word for {@code sh}, quoted so nothing in it is expanded. */
    static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
