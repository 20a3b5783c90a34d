package org.vre.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.vre.engine.Provenance;
import org.vre.engine.Run;
import org.vre.engine.RunState;
import org.vre.engine.RunStore;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.testing.OpenSshServer;
import org.vre.testing.SlurmCluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The golden test on Slurm: {@code vre sample create}, then {@code vre run --follow --backend slurm} on a real
 * single-node Slurm, once with the Slurm commands of this host and once through a real OpenSSH server on loopback
 * (the login node's run folder is another folder of this host, so the workspace is really copied there and back).
 * A step over its {@code slurm_time} (Slurm's shortest limit is one minute, enforced every 30 s) is started first
 * and checked last, so it waits for its limit while the samples run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleOnSlurmTest {

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static SlurmCluster cluster;
    private static OpenSshServer sshd;
    private static SampleCli timeLimitCli;
    private static Process timeLimitRun;

    @BeforeAll
    static void start() throws Exception {
        cluster = SlurmCluster.shared();
        timeLimitCli = new SampleCli(shared.resolve("time-limit"), Map.of("SLURM_CONF", cluster.slurmConf().toString()));
        Path analysis = Files.createDirectories(shared.resolve("time-limit/analysis"));
        Files.writeString(analysis.resolve("reana.yaml"), """
                workflow:
                  type: serial
                  specification:
                    steps:
                      - name: slow
                        environment: 'debian:12'
                        compute_backend: slurmcern
                        slurm_time: "1"
                        commands:
                          - echo waiting; sleep 600
                """);
        timeLimitRun = timeLimitCli.start(analysis, "run", "--follow");
        sshd = OpenSshServer.start(shared.resolve("sshd"), Map.of("SLURM_CONF", cluster.slurmConf().toString()));
    }

    @AfterAll
    static void stop() {
        if (timeLimitRun != null) {
            timeLimitRun.destroy();
        }
        if (sshd != null) {
            sshd.close();
        }
    }

    @Test
    @Order(9)
    void aStepOverItsSlurmTimeFailsWithTimeout() throws Exception {
        String out = new String(timeLimitRun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(timeLimitRun.waitFor(3, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(1, timeLimitRun.exitValue(), out);
        assertTrue(out.contains("slow/0: waiting"), "followed while it ran: " + out);
        assertTrue(out.contains("==> slow: failed (job slow/0: slurm: TIMEOUT (time limit 00:01:00 reached))"), out);
        JsonNode json = new ObjectMapper().readTree(timeLimitCli.vre(shared.resolve("time-limit/analysis"), "status",
                "--json").out());
        assertEquals("failed", json.get("status").asText());
    }

    @Test
    @Order(1)
    void sampleRunsToTheEndOnSlurmHere() throws Exception {
        SampleCli cli = new SampleCli(tmp, Map.of("SLURM_CONF", cluster.slurmConf().toString()));
        Run run = runSample(cli, "--backend", "slurm");
        assertTrue(provenance(run).executors().contains("slurm via this host"), provenance(run).executors().toString());
    }

    @Test
    @Order(2)
    void sampleRunsToTheEndOnSlurmOverSsh() throws Exception {
        SampleCli cli = new SampleCli(tmp, Map.of());
        Path loginNode = tmp.resolve("login-node");
        Run run = runSample(cli, "--backend", "slurm", "--ssh", sshd.target(), "--ssh-key", sshd.clientKey().toString(),
                "--known-hosts", sshd.knownHosts().toString(), "--remote-dir", loginNode.toString());
        assertTrue(provenance(run).executors().get(0).startsWith("slurm via ssh " + sshd.target()),
                provenance(run).executors().toString());
        Path remoteWorkspace = loginNode.resolve(run.id()).resolve("workspace");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(remoteWorkspace.resolve("results/plot.png")),
                Files.readAllBytes(run.workspace().resolve("results/plot.png"))), "the plot made there came back");
    }

    @Test
    @Order(3)
    void anUnknownLoginNodeIsRefusedBeforeAnythingRuns() throws Exception {
        SampleCli cli = new SampleCli(tmp, Map.of());
        assertEquals(0, cli.vre(tmp, "sample", "create", "analysis").exit());
        SampleCli.Result run = cli.vre(tmp.resolve("analysis"), "run", "--backend", "slurm", "--ssh", sshd.target(),
                "--ssh-key", sshd.clientKey().toString(), "--known-hosts", sshd.emptyKnownHosts().toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("ssh " + sshd.target() + ": the host key of [127.0.0.1]:" + sshd.port()), run.out());
        assertTrue(run.out().contains("refusing to connect to an unknown host"), run.out());
        assertTrue(!run.out().contains("\tat "), "no stack trace: " + run.out());
        assertTrue(Files.notExists(tmp.resolve("runs")) || new RunStore(tmp.resolve("runs")).list().isEmpty(),
                "no run was started");
    }

    private Run runSample(SampleCli cli, String... options) throws Exception {
        SampleCli.Result created = cli.vre(tmp, "sample", "create", "analysis");
        assertEquals(0, created.exit(), created.out());
        Path analysis = tmp.resolve("analysis");
        List<String> args = new java.util.ArrayList<>(List.of("run", "--follow"));
        args.addAll(List.of(options));
        SampleCli.Result run = cli.vre(analysis, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("fit: signal"), "live job output is followed: " + run.out());
        assertTrue(run.out().contains("submitted to slurm as job"), run.out());

        JsonNode json = new ObjectMapper().readTree(cli.vre(analysis, "status", "--json").out());
        assertEquals("finished", json.get("status").asText());
        assertEquals("5/5", json.get("progress").asText());
        String runId = json.get("id").asText();

        String status = cli.vre(analysis, "status").out();
        assertTrue(status.matches("(?s).*fitdata/0 +finished +slurm:\\d+ on " + cluster.host() + " +wall .*"),
                "vre status names the Slurm job and node: " + status);

        RunStore store = new RunStore(tmp.resolve("runs"));
        Run record = store.get(runId);
        record.steps().forEach(s -> {
            assertEquals(RunState.FINISHED, s.state(), s.name());
            s.jobs().forEach(j -> assertTrue(j.externalId().startsWith("slurm:"), j.id() + " " + j.externalId()));
            s.jobs().forEach(j -> assertEquals(cluster.host(), j.host(), j.id()));
        });
        byte[] png = Files.readAllBytes(record.workspace().resolve("results/plot.png"));
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        assertEquals(61, Files.readAllLines(record.workspace().resolve("results/fit.csv")).size());
        assertTrue(Files.size(store.logs(runId).resolve("fitdata.0.err")) > 0, "the job's log is kept with the run");

        Provenance provenance = store.provenance(runId).orElseThrow();
        assertEquals(png.length, provenance.outputs().get(0).bytes());
        String outputs = cli.vre(analysis, "outputs", "ls").out();
        assertTrue(outputs.contains("results/plot.png"), outputs);
        String account = System.getProperty("user.name");
        try (CatalogService catalog = CatalogStore.open(LakeConfig.embedded(tmp.resolve("lake")))) {
            var uploaded = catalog.did(new Did("user." + account, "plot-" + runId + ".png"));
            assertEquals(provenance.outputs().get(0).adler32(), uploaded.adler32(), "the plot uploaded is the one kept");
        }
        return record;
    }

    private Provenance provenance(Run run) {
        return new RunStore(tmp.resolve("runs")).provenance(run.id()).orElseThrow();
    }
}
