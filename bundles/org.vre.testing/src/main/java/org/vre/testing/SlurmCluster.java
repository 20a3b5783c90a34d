package org.vre.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node Slurm (Debian's slurmctld and slurmd, 22.05) with its own munged, all in a temporary folder:
 * the node is this host ({@code hostname -s}) at 127.0.0.1 with 2 CPUs in partition {@code debug}; the controller
 * and node daemon listen on free ports and munged on its own socket, so neither a system Slurm nor another test
 * run is disturbed. Client commands find it through {@code SLURM_CONF} ({@link #slurmConf()}).
 *
 * <p>One cluster per JVM ({@link #shared()}): the daemons take a few seconds to start and are stopped at exit.
 */
public final class SlurmCluster implements AutoCloseable {

    private static SlurmCluster shared;

    private final Path root;
    private final String host;
    private final List<Process> daemons = new ArrayList<>();

    private SlurmCluster(Path root, String host) {
        this.root = root;
        this.host = host;
    }

    /** The cluster of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized SlurmCluster shared() {
        if (shared == null) {
            shared = start();
            SlurmCluster cluster = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "slurm-cluster-stop"));
        }
        return shared;
    }

    /** Starts munged, slurmctld and slurmd and waits until the node is idle. */
    public static SlurmCluster start() {
        Commands.require("slurmctld", "slurm-wlm slurmctld slurmd munge");
        Commands.require("slurmd", "slurm-wlm slurmctld slurmd munge");
        Commands.require("munged", "munge");
        Commands.require("sbatch", "slurm-wlm");
        try {
            Path root = Files.createTempDirectory("vre-slurm");
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            String host = Commands.run(null, "hostname", "-s").strip();
            SlurmCluster cluster = new SlurmCluster(root, host);
            try {
                cluster.startMunge();
                cluster.writeConfig(Commands.freePort(), Commands.freePort());
                cluster.startSlurm();
            } catch (RuntimeException e) {
                cluster.close();
                throw e;
            }
            return cluster;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path munge() {
        return root.resolve("munge");
    }

    /** munged as the munge user, with a fresh key, on a socket in this cluster's folder. */
    private void startMunge() throws IOException {
        Files.createDirectories(munge());
        Path key = munge().resolve("munge.key");
        byte[] bytes = new byte[1024];
        new SecureRandom().nextBytes(bytes);
        Files.write(key, bytes);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("r--------"));
        Commands.run(null, "chown", "-R", "munge:munge", munge().toString());
        // munged wants its socket folder reachable by everyone (execute) and writable only by itself
        Files.setPosixFilePermissions(munge(), PosixFilePermissions.fromString("rwxr-xr-x"));
        NginxWebDav.openAncestors(munge());
        Process munged = daemon("munged", List.of("runuser", "-u", "munge", "--", "/usr/sbin/munged", "--foreground",
                "--socket=" + socket(), "--key-file=" + key, "--pid-file=" + munge().resolve("munged.pid"),
                "--log-file=" + munge().resolve("munged.log"), "--seed-file=" + munge().resolve("munged.seed")));
        FileEvents.awaitExists(socket(), Duration.ofSeconds(20), munged);
    }

    private Path socket() {
        return munge().resolve("munge.socket");
    }

    private void writeConfig(int controllerPort, int nodePort) throws IOException {
        for (String dir : List.of("state", "spool", "log")) {
            Files.createDirectories(root.resolve(dir));
        }
        String conf = "ClusterName=vre\n"
                + "SlurmctldHost=" + host + "(127.0.0.1)\n"
                + "SlurmUser=root\nSlurmdUser=root\n"
                + "AuthType=auth/munge\nCredType=cred/munge\n"
                + "AuthInfo=socket=" + socket() + "\n"
                + "MpiDefault=none\nProctrackType=proctrack/linuxproc\nTaskPlugin=task/none\nSwitchType=switch/none\n"
                + "SchedulerType=sched/backfill\nSelectType=select/cons_tres\nSelectTypeParameters=CR_Core\n"
                // start batch jobs as soon as they are submitted (the default batches them every 3 s)
                + "SchedulerParameters=batch_sched_delay=0,sched_min_interval=0\n"
                + "ReturnToService=2\n"
                + "StateSaveLocation=" + root.resolve("state") + "\n"
                + "SlurmdSpoolDir=" + root.resolve("spool") + "\n"
                + "SlurmctldPidFile=" + root.resolve("slurmctld.pid") + "\n"
                + "SlurmdPidFile=" + root.resolve("slurmd.pid") + "\n"
                + "SlurmctldLogFile=" + root.resolve("log/slurmctld.log") + "\n"
                + "SlurmdLogFile=" + root.resolve("log/slurmd.log") + "\n"
                + "SlurmctldPort=" + controllerPort + "\nSlurmdPort=" + nodePort + "\n"
                + "JobAcctGatherType=jobacct_gather/linux\nAccountingStorageType=accounting_storage/none\n"
                + "JobCompType=jobcomp/filetxt\nJobCompLoc=" + root.resolve("log/jobcomp.txt") + "\n"
                + "KillWait=2\nMinJobAge=600\n"
                + "NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=2 RealMemory=4000 State=UNKNOWN\n"
                + "PartitionName=debug Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP\n";
        Files.writeString(slurmConf(), conf, StandardCharsets.UTF_8);
    }

    private void startSlurm() {
        Process controller = daemon("slurmctld", List.of("slurmctld", "-D", "-f", slurmConf().toString()));
        Process node = daemon("slurmd", List.of("slurmd", "-D", "-f", slurmConf().toString()));
        // Slurm has no readiness notification for a client: ask until the node reports idle.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String state = "";
        while (!state.equals("idle")) {
            if (!controller.isAlive() || !node.isAlive()) {
                throw new IllegalStateException("slurm did not start (" + (controller.isAlive() ? "slurmd" : "slurmctld")
                        + " exited):\n" + logs());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Slurm node did not become idle (last state '" + state + "'):\n"
                        + logs());
            }
            state = query("sinfo", "-h", "-n", host, "-o", "%T").strip();
            if (!state.equals("idle")) {
                pause();
            }
        }
    }

    /** A polling interval while waiting for a daemon that cannot notify (not used to wait for a fixed time). */
    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process daemon(String name, List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(root.resolve(name + ".out").toFile());
            builder.environment().put("SLURM_CONF", slurmConf().toString());
            Process process = builder.start();
            daemons.add(process);
            return process;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs a Slurm client command against this cluster; its output, or "" when it failed. */
    public String query(String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("SLURM_CONF", slurmConf().toString());
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The client configuration: set {@code SLURM_CONF} to it for sbatch, squeue, scontrol and scancel. */
    public Path slurmConf() {
        return root.resolve("slurm.conf");
    }

    /** The node's name ({@code hostname -s}). */
    public String host() {
        return host;
    }

    public String logs() {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("munged.out", "slurmctld.out", "slurmd.out", "log/slurmctld.log", "log/slurmd.log")) {
            try {
                Path file = root.resolve(name);
                if (Files.exists(file)) {
                    List<String> lines = Files.readAllLines(file);
                    text.append("== ").append(name).append('\n')
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())))
                            .append('\n');
                }
            } catch (IOException e) {
                // a log that cannot be read adds nothing
            }
        }
        return text.toString();
    }

    /** Cancels every job, stops the daemons and removes the folder. */
    @Override
    public synchronized void close() {
        if (daemons.isEmpty()) {
            return;
        }
        query("scancel", "--partition=debug");
        List<Process> reversed = new ArrayList<>(daemons);
        java.util.Collections.reverse(reversed);
        for (Process daemon : reversed) {
            daemon.destroy();
            try {
                if (!daemon.waitFor(15, TimeUnit.SECONDS)) {
                    daemon.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        daemons.clear();
        // runuser may not pass SIGTERM on: stop munged itself by its pid
        try {
            Path pid = munge().resolve("munged.pid");
            if (Files.exists(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException | NumberFormatException e) {
            // munged already gone
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
