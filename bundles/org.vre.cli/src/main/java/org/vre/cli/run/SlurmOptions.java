package org.vre.cli.run;

import java.nio.file.Path;
import java.time.Duration;

import org.vre.engine.slurm.LocalShell;
import org.vre.engine.slurm.RemoteWorkspace;
import org.vre.engine.slurm.SlurmExecutor;
import org.vre.engine.slurm.Staging;
import org.vre.engine.ssh.SshShell;
import org.vre.engine.ssh.SshTarget;

import picocli.CommandLine.Option;

/**
 * How the {@code slurm} executor reaches the cluster: the Slurm commands of this host, or a login node over SSH
 * ({@code --ssh}), each option also read from an environment variable so restarts and scripts need not repeat it.
 */
public final class SlurmOptions {

    @Option(names = "--ssh", paramLabel = "[USER@]HOST[:PORT]", defaultValue = "${env:VRE_SLURM_SSH}",
            description = "Submit Slurm jobs on this login node over SSH (env VRE_SLURM_SSH); the workspace is copied"
                    + " there and back.")
    String ssh;

    @Option(names = "--ssh-key", paramLabel = "FILE", defaultValue = "${env:VRE_SLURM_SSH_KEY}",
            description = "ECDSA or RSA private key for --ssh (default: ~/.ssh/id_ecdsa, else id_rsa).")
    Path key;

    @Option(names = "--known-hosts", paramLabel = "FILE", defaultValue = "${env:VRE_SLURM_KNOWN_HOSTS}",
            description = "known_hosts file that must hold the login node's key (default: ~/.ssh/known_hosts).")
    Path knownHosts;

    @Option(names = "--remote-dir", paramLabel = "DIR", defaultValue = "${env:VRE_SLURM_REMOTE_DIR:-vre-runs}",
            description = "Folder for runs on the login node, relative to its home (default: ${DEFAULT-VALUE}).")
    String remoteDir;

    @Option(names = "--remote-vre-home", paramLabel = "DIR", defaultValue = "${env:VRE_SLURM_REMOTE_VRE_HOME}",
            description = "Folder holding vre and rucio on the cluster (default: the same folder as here).")
    String remoteVreHome;

    /** The executor; over SSH it logs in now, so a wrong host key or key is reported before anything runs. */
    SlurmExecutor executor(Path toolsDirectory) {
        Duration poll = Duration.ofMillis(200);
        String tools = toolsDirectory == null ? null : toolsDirectory.toString();
        if (ssh == null || ssh.isBlank()) {
            return new SlurmExecutor(new LocalShell(java.util.Map.of()), Staging.SAME_HOST, tools, poll);
        }
        SshShell shell = SshShell.connect(SshTarget.parse(ssh, key, knownHosts));
        return new SlurmExecutor(shell, new RemoteWorkspace(shell, remoteDir),
                remoteVreHome != null && !remoteVreHome.isBlank() ? remoteVreHome : tools, poll);
    }
}
