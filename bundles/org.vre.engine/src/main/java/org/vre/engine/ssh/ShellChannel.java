package org.vre.engine.ssh;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.session.ClientSession;

/**
 * One long-lived {@code sh} on the login node that runs command after command: a new exec channel per command
 * costs the login shell's start-up files each time (often hundreds of milliseconds), too much for polling job
 * states every few hundred milliseconds. Each command runs in its own {@code sh -c} with its output in temporary
 * files, then the shell prints a header line (a random marker, exit code, byte counts) and the bytes, so any output
 * is read back exactly.
 */
final class ShellChannel implements AutoCloseable {

    /** A command's exit code and its raw output. */
    record Output(int exit, byte[] out, byte[] err) {
    }

    private final ChannelExec channel;
    private final OutputStream toShell;
    private final InputStream fromShell;
    private final String marker = "__vre_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));

    ShellChannel(ClientSession session, java.time.Duration timeout) throws IOException {
        channel = session.createExecChannel("sh");
        channel.setErr(OutputStream.nullOutputStream());
        channel.open().verify(timeout);
        toShell = channel.getInvertedIn();
        fromShell = new BufferedInputStream(channel.getInvertedOut());
        send("vre_d=$(mktemp -d) || exit 1\n");
    }

    boolean isOpen() {
        return channel.isOpen();
    }

    synchronized Output run(String command) throws IOException {
        send("sh -c " + org.vre.engine.slurm.ClusterShell.quote(command) + " </dev/null >\"$vre_d/o\" 2>\"$vre_d/e\";"
                + " printf '\\n%s %s %s %s\\n' " + marker + " $? $(wc -c <\"$vre_d/o\") $(wc -c <\"$vre_d/e\");"
                + " cat \"$vre_d/o\" \"$vre_d/e\"\n");
        String[] header = headerLine();
        int exit = Integer.parseInt(header[1]);
        byte[] out = fromShell.readNBytes(Integer.parseInt(header[2]));
        byte[] err = fromShell.readNBytes(Integer.parseInt(header[3]));
        return new Output(exit, out, err);
    }

    /** Skips anything else the shell printed (a login banner from start-up files) up to this command's header. */
    private String[] headerLine() throws IOException {
        while (true) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = fromShell.read()) != '\n') {
                if (b < 0) {
                    throw new EOFException("the login node's shell ended");
                }
                line.write(b);
            }
            String text = line.toString(StandardCharsets.UTF_8);
            if (text.startsWith(marker + " ")) {
                String[] parts = text.split(" ");
                if (parts.length == 4) {
                    return parts;
                }
            }
        }
    }

    private void send(String text) throws IOException {
        toShell.write(text.getBytes(StandardCharsets.UTF_8));
        toShell.flush();
    }

    @Override
    public synchronized void close() {
        try {
            send("rm -rf \"$vre_d\"; exit\n");
        } catch (IOException e) {
            // the channel is gone already
        }
        channel.close(false);
    }
}
