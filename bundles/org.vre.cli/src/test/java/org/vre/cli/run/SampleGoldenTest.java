package org.vre.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.engine.Provenance;
import org.vre.engine.Run;
import org.vre.engine.RunState;
import org.vre.engine.RunStore;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The golden test: {@code vre sample create}, then {@code vre run --follow} in the sample's folder, exactly as a user
 * types them ({@link SampleCli}: separate processes, the lake in VRE_LAKE, the launchers in VRE_HOME), then the run's
 * states, outputs, provenance and the plot uploaded to the lake are checked.
 */
class SampleGoldenTest {

    @TempDir
    Path tmp;

    @Test
    void sampleRunsToTheEndAndPutsThePlotInTheLake() throws Exception {
        SampleCli cli = new SampleCli(tmp, java.util.Map.of());
        SampleCli.Result created = cli.vre(tmp, "sample", "create", "analysis");
        assertEquals(0, created.exit(), created.out());
        String account = System.getProperty("user.name");
        assertTrue(created.out().contains("registered user." + account + ":gendata.awk on LOCAL"), created.out());
        Path analysis = tmp.resolve("analysis");

        SampleCli.Result run = cli.vre(analysis, "run", "--follow");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("fit: signal"), "live job output is followed: " + run.out());
        assertTrue(run.out().contains("note: running on the host, not in docker.io/library/debian:12"), run.out());

        SampleCli.Result status = cli.vre(analysis, "status", "--json");
        JsonNode json = new ObjectMapper().readTree(status.out());
        assertEquals("finished", json.get("status").asText());
        assertEquals("5/5", json.get("progress").asText());
        String runId = json.get("id").asText();

        RunStore store = new RunStore(tmp.resolve("runs"));
        Run record = store.get(runId);
        assertEquals(List.of("fetchdata", "gendata", "fitdata", "plot", "uploaddata"),
                record.steps().stream().map(s -> s.name()).toList());
        record.steps().forEach(s -> assertEquals(RunState.FINISHED, s.state(), s.name()));
        Path plot = record.workspace().resolve("results/plot.png");
        byte[] png = Files.readAllBytes(plot);
        assertEquals((byte) 0x89, png[0]);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        List<String> fit = Files.readAllLines(record.workspace().resolve("results/fit.csv"));
        assertEquals("mass,events,model", fit.get(0));
        assertEquals(61, fit.size());

        Provenance provenance = store.provenance(runId).orElseThrow();
        assertEquals(List.of("results/plot.png", "results/fit.csv"),
                provenance.outputs().stream().map(Provenance.FileRecord::name).toList());
        assertEquals(png.length, provenance.outputs().get(0).bytes());
        assertEquals("20000", provenance.parameters().get("events"));
        assertTrue(provenance.specificationText().contains("rucio get --dir inputs ${scope}:gendata.awk"));
        assertTrue(provenance.images().contains("projectescape/rucio-client:1.29"));

        SampleCli.Result outputs = cli.vre(analysis, "outputs", "ls");
        assertTrue(outputs.out().contains("results/plot.png"), outputs.out());
        assertTrue(outputs.out().contains(provenance.outputs().get(0).adler32()), outputs.out());
        SampleCli.Result got = cli.vre(analysis, "outputs", "get", "-o", "copy");
        assertEquals(0, got.exit(), got.out());
        assertTrue(java.util.Arrays.equals(png, Files.readAllBytes(analysis.resolve("copy/results/plot.png"))));

        try (CatalogService catalog = CatalogStore.open(LakeConfig.embedded(tmp.resolve("lake")))) {
            var uploaded = catalog.did(new Did("user." + account, "plot-" + runId + ".png"));
            assertEquals(Long.valueOf(provenance.outputs().get(0).bytes()), uploaded.bytes());
            assertEquals(provenance.outputs().get(0).adler32(), uploaded.adler32());
        }
        File logs = store.logs(runId).toFile();
        assertTrue(new File(logs, "fitdata.0.err").length() > 0);
    }
}
