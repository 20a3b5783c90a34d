package org.vre.engine.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.vre.core.VreException;
import org.vre.engine.slurm.ClusterShell;

/**
 * Runs commands on a login node through SSH exec channels (Apache MINA SSHD): one session, logged in with the
 * user's key, the host key checked against known_hosts; a dropped session is opened again on the next command.
 */
public final class SshShell implements ClusterShell {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    static {
        // MINA logs every connection at INFO; the vre command's slf4j-simple would print that to the terminal
        String quiet = "org.slf4j.simpleLogger.log.org.apache.sshd";
        if (System.getProperty(quiet) == null) {
            System.setProperty(quiet, "warn");
        }
    }

    private final SshTarget target;
    private final SshClient client;
    private final HostKeyCheck hostKeys;
    private ClientSession session;
    private ShellChannel shellChannel;

    private SshShell(SshTarget target) {
        this.target = target;
        this.hostKeys = new HostKeyCheck(target);
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(hostKeys);
        client.setKeyIdentityProvider(new FileKeyPairProvider(target.keyFile()));
        client.start();
    }

    /** Connects and logs in now, so a wrong host, key or host key is reported before any job is submitted. */
    public static SshShell connect(SshTarget target) {
        SshShell shell = new SshShell(target);
        try {
            shell.session();
            return shell;
        } catch (RuntimeException e) {
            shell.close();
            throw e;
        }
    }

    private synchronized ClientSession session() {
        if (session != null && session.isOpen()) {
            return session;
        }
        ClientSession opened = null;
        try {
            opened = client.connect(target.user(), target.host(), target.port()).verify(CONNECT_TIMEOUT).getSession();
            opened.auth().verify(CONNECT_TIMEOUT);
            session = opened;
            return opened;
        } catch (IOException | RuntimeException e) {
            if (opened != null) {
                opened.close(true);
            }
            if (hostKeys.refusal() != null) {
                throw new VreException("ssh " + target + ": " + hostKeys.refusal());
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String why = root instanceof java.net.ConnectException || root instanceof java.net.UnknownHostException
                    ? "cannot connect: " + root.getMessage()
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (why.contains("No more authentication methods")) {
                why = "the login node did not accept the key " + target.keyFile() + " for " + target.user();
            }
            throw new VreException("ssh " + target + ": cannot log in: " + why);
        }
    }

    @Override
    public Result run(String command, InputStream stdin, OutputStream stdout) {
        if (stdout == null && stdin instanceof java.io.ByteArrayInputStream small) {
            // a batch script: given as a here-document in the long-lived shell rather than a new channel
            byte[] data = small.readAllBytes();
            String text = new String(data, StandardCharsets.UTF_8);
            String delimiter = "VRE_INPUT_" + Long.toHexString(System.nanoTime());
            if (!text.contains(delimiter) && text.indexOf('\0') < 0) {
                return result(inShell(command + " <<'" + delimiter + "'\n" + text + (text.endsWith("\n") ? "" : "\n")
                        + delimiter));
            }
            stdin = new java.io.ByteArrayInputStream(data);
        }
        if (stdin == null && stdout == null) {
            return result(inShell(command));
        }
        return inExecChannel(command, stdin, stdout);
    }

    private static Result result(ShellChannel.Output output) {
        return new Result(output.exit(), new String(output.out(), StandardCharsets.UTF_8),
                new String(output.err(), StandardCharsets.UTF_8));
    }

    /** Short commands without input go through the one long-lived shell. */
    private ShellChannel.Output inShell(String command) {
        ShellChannel channel;
        synchronized (this) {
            if (shellChannel == null || !shellChannel.isOpen()) {
                try {
                    shellChannel = new ShellChannel(session(), CONNECT_TIMEOUT);
                } catch (IOException e) {
                    throw new VreException("ssh " + target + ": cannot start a shell: " + e.getMessage());
                }
            }
            channel = shellChannel;
        }
        try {
            return channel.run(command);
        } catch (IOException | RuntimeException e) {
            synchronized (this) {
                if (shellChannel == channel) {
                    shellChannel.close();
                    shellChannel = null;
                }
            }
            throw new VreException("ssh " + target + ": '" + command + "' failed: " + e.getMessage());
        }
    }

    /** Commands that read input or stream output get their own exec channel. */
    private Result inExecChannel(String command, InputStream stdin, OutputStream stdout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec channel = session().createExecChannel(command)) {
            channel.setIn(stdin != null ? stdin : InputStream.nullInputStream());
            channel.setOut(stdout != null ? stdout : out);
            channel.setErr(err);
            channel.open().verify(CONNECT_TIMEOUT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED, ClientChannelEvent.EXIT_STATUS), 0L);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), 0L);
            Integer exit = channel.getExitStatus();
            String signal = channel.getExitSignal();
            int code = exit != null ? exit : signal != null ? 128 + 15 : 255;
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            if (e instanceof VreException v) {
                throw v;
            }
            throw new VreException("ssh " + target + ": '" + command + "' failed: " + e.getMessage());
        }
    }

    @Override
    public byte[] readFrom(String path, long offset) {
        ShellChannel.Output output = inShell("tail -c +" + (offset + 1) + " " + ClusterShell.quote(path)
                + " 2>/dev/null || true");
        return output.out();
    }

    @Override
    public String describe() {
        return "ssh " + target;
    }

    public SshTarget target() {
        return target;
    }

    @Override
    public synchronized void close() {
        if (shellChannel != null) {
            shellChannel.close();
        }
        if (session != null) {
            session.close(true);
        }
        client.stop();
    }
}
