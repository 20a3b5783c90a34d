package org.vre.engine.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.VreException;
import org.vre.engine.JobRun;
import org.vre.engine.Run;
import org.vre.engine.RunState;
import org.vre.engine.ssh.SshShell;
import org.vre.engine.ssh.SshTarget;
import org.vre.testing.OpenSshServer;
import org.vre.testing.SlurmCluster;

/**
 * The Slurm executor through a real OpenSSH server on loopback, as a desktop reaches a cluster's login node: the
 * "login node" is this host, its folder for runs another temporary folder, so the workspace really is copied.
 */
class SlurmOverSshTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static SlurmCluster cluster;
    private static OpenSshServer sshd;

    @BeforeAll
    static void start() {
        cluster = SlurmCluster.shared();
        sshd = OpenSshServer.start(shared.resolve("sshd"), Map.of("SLURM_CONF", cluster.slurmConf().toString()));
    }

    @AfterAll
    static void stop() {
        if (sshd != null) {
            sshd.close();
        }
    }

    private SshTarget target(Path knownHosts) {
        return SshTarget.parse(sshd.target(), sshd.clientKey(), knownHosts);
    }

    @Test
    void workspaceGoesToTheLoginNodeAndResultsAndLogsComeBack() throws Exception {
        Path remote = tmp.resolve("login-node-runs");
        SshShell shell = SshShell.connect(target(sshd.knownHosts()));
        try (SlurmEngine f = new SlurmEngine(tmp, shell, new RemoteWorkspace(shell, remote.toString()))) {
            f.write("data/in.txt", "3\n4\n");
            Run run = f.runToEnd(f.write("reana.yaml", """
                    inputs:
                      files: [data/in.txt]
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: sum
                            environment: 'debian:12'
                            compute_backend: slurmcern
                            commands:
                              - mkdir -p out && awk '{s+=$$1} END {print s}' data/in.txt > out/sum.txt; echo "summed in $$PWD"
                          - name: double
                            environment: 'debian:12'
                            compute_backend: slurmcern
                            commands:
                              - echo $$(( $$(cat out/sum.txt) * 2 )) > out/double.txt; echo failing-not >&2
                    outputs:
                      files: [out/double.txt]
                    """));

            assertEquals(RunState.FINISHED, run.state(), run.message() + "\n" + f.lines);
            Path remoteWorkspace = remote.resolve(run.id()).resolve("workspace");
            assertEquals("7\n", Files.readString(remoteWorkspace.resolve("out/sum.txt")), "ran there");
            assertEquals("7\n", Files.readString(run.workspace().resolve("out/sum.txt")), "came back");
            assertEquals("14\n", Files.readString(run.workspace().resolve("out/double.txt")));
            assertTrue(f.lines.contains("STDOUT sum/0 summed in " + remoteWorkspace), f.lines.toString());
            assertEquals("summed in " + remoteWorkspace + "\n",
                    Files.readString(f.store.logs(run.id()).resolve("sum.0.out")), "the log is copied here");
            assertEquals("failing-not\n", Files.readString(f.store.logs(run.id()).resolve("double.0.err")));
            JobRun job = run.step("double").jobs().get(0);
            assertEquals(cluster.host(), job.host());
            assertTrue(job.externalId().startsWith("slurm:"));
            assertEquals("out/double.txt", f.store.provenance(run.id()).orElseThrow().outputs().get(0).name());
            assertTrue(f.store.provenance(run.id()).orElseThrow().executors().get(0)
                    .startsWith("slurm via ssh " + System.getProperty("user.name") + "@127.0.0.1:"));
        }
    }

    @Test
    void anUnknownHostIsRefusedClearly() {
        VreException e = assertThrows(VreException.class, () -> SshShell.connect(target(sshd.emptyKnownHosts())));
        assertTrue(e.getMessage().contains("the host key of [127.0.0.1]:" + sshd.port() + " (ecdsa-sha2-nistp256 SHA256:"),
                e.getMessage());
        assertTrue(e.getMessage().contains("is not in " + sshd.emptyKnownHosts()
                + ": refusing to connect to an unknown host"), e.getMessage());
    }

    @Test
    void aChangedHostKeyIsRefusedClearly() {
        VreException e = assertThrows(VreException.class,
                () -> SshShell.connect(target(sshd.knownHostsWithChangedKey())));
        assertTrue(e.getMessage().contains("the host key of [127.0.0.1]:" + sshd.port() + " CHANGED"), e.getMessage());
        assertTrue(e.getMessage().contains("refusing to connect"), e.getMessage());
    }

    @Test
    void aKeyTheLoginNodeDoesNotAcceptIsAClearError() throws Exception {
        Path stranger = tmp.resolve("stranger");
        org.vre.testing.Commands.run(null, "ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", stranger.toString());
        VreException e = assertThrows(VreException.class, () -> SshShell.connect(
                SshTarget.parse(sshd.target(), stranger, sshd.knownHosts())));
        assertTrue(e.getMessage().contains("cannot log in"), e.getMessage());
    }

    @Test
    void anEd25519KeyIsAClearError() throws Exception {
        Path ed25519 = tmp.resolve("id_ed25519");
        org.vre.testing.Commands.run(null, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", ed25519.toString());
        VreException e = assertThrows(VreException.class, () -> SshTarget.parse(sshd.target(), ed25519,
                sshd.knownHosts()));
        assertEquals("--ssh-key " + ed25519 + ": an Ed25519 key; this version logs in with ECDSA or RSA keys (make one"
                + " with ssh-keygen -t ecdsa and add its .pub to the login node's authorized_keys)", e.getMessage());
    }

    @Test
    void knownHostsWithOnlyAnEd25519KeyForTheHostIsRefusedClearly() throws Exception {
        // an Ed25519 line (which this client cannot read) before another host's line must not hide that line
        Path hostKey = tmp.resolve("ed25519_host");
        org.vre.testing.Commands.run(null, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString());
        String[] pub = Files.readString(tmp.resolve("ed25519_host.pub")).split("\\s+");
        Path knownHosts = Files.writeString(tmp.resolve("known_hosts"), "[127.0.0.1]:" + sshd.port() + " " + pub[0]
                + " " + pub[1] + "\n");
        Path mixed = Files.writeString(tmp.resolve("known_hosts_mixed"), Files.readString(knownHosts)
                + Files.readString(sshd.knownHosts()));
        SshShell.connect(target(mixed)).close();
        VreException e = assertThrows(VreException.class, () -> SshShell.connect(target(knownHosts)));
        assertTrue(e.getMessage().contains("(it holds only a ssh-ed25519 key for this host, which this client cannot"
                + " check): refusing to connect"), e.getMessage());
        assertTrue(e.getMessage().contains("ssh-keyscan -t ecdsa-sha2-nistp256 -p " + sshd.port() + " 127.0.0.1"),
                e.getMessage());
    }

    @Test
    void aLoginNodeThatDoesNotAnswerIsAClearError() {
        int closed = org.vre.testing.Commands.freePort();
        VreException e = assertThrows(VreException.class, () -> SshShell.connect(SshTarget.parse(
                "root@127.0.0.1:" + closed, sshd.clientKey(), sshd.knownHosts())));
        assertEquals("ssh root@127.0.0.1:" + closed + ": cannot log in: cannot connect: Connection refused",
                e.getMessage());
    }
}
