package org.vre.cli.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The issue's CLI session, run as written: each line a separate {@code vre} process with {@code VRE_LAKE} set
 * to a fresh folder, as a user's shell would run it.
 */
class LakeSessionTest {

    record Result(int exit, String out, String err) {
    }

    private static Result vre(Path lake, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.vre.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("VRE_LAKE", lake.toString());
        pb.environment().remove("VRE_ACCOUNT");
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        return new Result(p.waitFor(), out, err.join());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Result ok(Path lake, String... args) throws Exception {
        Result r = vre(lake, args);
        assertEquals(0, r.exit(), String.join(" ", args) + " failed: " + r.err());
        return r;
    }

    @Test
    void theIssueSessionWorksAsWritten(@TempDir Path lake) throws Exception {
        ok(lake, "rse", "add", "EULAKE-1", "--url", "file://" + lake + "/storage/eos/eulake_1");
        ok(lake, "rse", "set-attr", "EULAKE-1", "tier=1", "country=FR");
        ok(lake, "scope", "add", "ATLAS_LAPP_SP");
        ok(lake, "did", "add", "ATLAS_LAPP_SP:DMCrossSectionGraphs_axial_ee.root", "--bytes", "1024", "--adler32", "0a1b2c3d");
        ok(lake, "replica", "add", "EULAKE-1", "ATLAS_LAPP_SP:DMCrossSectionGraphs_axial_ee.root");

        Result list = ok(lake, "replica", "list", "ATLAS_LAPP_SP:DMCrossSectionGraphs_axial_ee.root", "--json");
        JsonNode files = new ObjectMapper().readTree(list.out());
        assertEquals(1, files.size());
        JsonNode file = files.get(0);
        assertEquals(1024, file.get("bytes").asLong());
        assertEquals("0a1b2c3d", file.get("adler32").asText());
        String pfn = file.get("rses").get("EULAKE-1").get(0).asText();
        assertTrue(pfn.endsWith("/eos/eulake_1/ATLAS_LAPP_SP/9d/f2/DMCrossSectionGraphs_axial_ee.root"), pfn);
        assertEquals("file://" + lake + "/storage/eos/eulake_1/ATLAS_LAPP_SP/9d/f2/DMCrossSectionGraphs_axial_ee.root", pfn);

        Result rses = ok(lake, "rse", "list", "--expression", "tier=1&country=FR", "--json");
        assertEquals("[\"EULAKE-1\"]", rses.out().trim());

        Result refused = vre(lake, "did", "add", "ATLAS_LAPP_SP:../../etc/passwd");
        assertNotEquals(0, refused.exit());
        assertTrue(refused.err().contains("path traversal"), refused.err());
        assertTrue(!refused.err().contains("Exception") && !refused.err().contains("\tat "), "no stack trace: " + refused.err());
    }

    @Test
    void whoamiAndErrorsOnAFreshLake(@TempDir Path lake) throws Exception {
        Result who = ok(lake, "whoami", "--json");
        JsonNode me = new ObjectMapper().readTree(who.out());
        assertTrue(me.get("admin").asBoolean());
        assertEquals(lake.toUri().toString(), me.get("lake").asText());
        Result local = ok(lake, "rse", "show", "LOCAL", "--json");
        assertTrue(local.out().contains(lake.resolve("storage/local").toString()), local.out());

        Result bad = vre(lake, "rse", "list", "--expression", "tier=1&(country=FR");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("at position"), bad.err());
        Result stranger = vre(lake, "scope", "add", "x", "--account", "nobody");
        assertEquals(1, stranger.exit());
        assertTrue(stranger.err().contains("account 'nobody' does not exist"), stranger.err());
    }
}
