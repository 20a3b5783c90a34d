package org.vre.cli.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.cli.rucio.RucioCommand;
import org.vre.lake.Did;
import org.vre.lake.DeterministicPath;
import org.vre.testing.NginxWebDav;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The command-line session as written (with --lake instead of VRE_LAKE, which a test cannot set), against
 * a real H2 lake and a real nginx WebDAV endpoint, then the same lake through the {@code rucio} command.
 */
class TransferSessionCliTest {

    @TempDir
    Path folder;

    /** The lake and transfer verbs of {@code vre}, without the rest of the product. */
    @picocli.CommandLine.Command(name = "vre", subcommands = {org.vre.cli.lake.RseCommand.class,
        org.vre.cli.lake.ScopeCommand.class, org.vre.cli.lake.RuleCommand.class, UploadCommand.class, GetCommand.class,
        TransfersCommand.class})
    static final class LakeVre implements Runnable {
        @Override
        public void run() {
        }
    }

    private CliRun vre(String... args) {
        return CliRun.run(new LakeVre(), args);
    }

    private CliRun rucio(String... args) {
        return CliRun.run(new RucioCommand(), args);
    }

    @Test
    void theSessionWorksAsWrittenAndRucioVerbsSeeTheSameLake() throws IOException {
        NginxWebDav.openAncestors(folder.resolve("x"));
        try (NginxWebDav nginx = NginxWebDav.start(folder.resolve("nginx"))) {
            String lake = folder.resolve("lake").toString();
            byte[] png = new byte[300_000];
            new Random(5).nextBytes(png);
            Path plot = Files.write(folder.resolve("plot.png"), png);
            Path out = folder.resolve("out");
            Did did = new Did("ATLAS_LAPP_SP", "plot.png");

            vre("rse", "add", "EULAKE-1", "--url", "file://" + lake + "/storage/eos/eulake_1", "--lake", lake).ok();
            vre("scope", "add", "ATLAS_LAPP_SP", "--lake", lake).ok();
            CliRun up = vre("upload", "--rse", "EULAKE-1", "--scope", "ATLAS_LAPP_SP", plot.toString(), "--lake", lake,
                    "--json").ok();
            JsonNode uploaded = new ObjectMapper().readTree(up.out()).get(0);
            assertEquals("UPLOADED", uploaded.get("status").asText());
            assertEquals(8, uploaded.get("adler32").asText().length());
            assertEquals(32, uploaded.get("md5").asText().length());

            CliRun got = vre("get", "ATLAS_LAPP_SP:plot.png", "--dir", out.toString(), "--lake", lake).ok();
            assertTrue(got.out().contains("checksum verified"), got.out());
            assertArrayEquals(png, Files.readAllBytes(out.resolve("ATLAS_LAPP_SP/plot.png")));

            vre("rse", "add", "WEBDAV-1", "--url", nginx.uri("lake").toString(), "--lake", lake).ok();
            vre("rule", "add", "ATLAS_LAPP_SP:plot.png", "--copies", "2", "--rses", "EULAKE-1|WEBDAV-1", "--lake", lake).ok();
            CliRun run = vre("transfers", "run", "--until-idle", "--lake", lake, "--json").ok();
            assertEquals(1, new ObjectMapper().readTree(run.out()).get("done").asInt(), run.out());
            assertArrayEquals(png, Files.readAllBytes(nginx.data().resolve("lake").resolve(DeterministicPath.of(did))));

            CliRun rules = vre("rule", "list", "--did", "ATLAS_LAPP_SP:plot.png", "--lake", lake, "--json").ok();
            assertTrue(rules.out().contains("\"OK\""), rules.out());

            CliRun clean = vre("rse", "check", "EULAKE-1", "--lake", lake, "--json").ok();
            assertTrue(new ObjectMapper().readTree(clean.out()).get("consistent").asBoolean(), clean.out());

            // a replica whose bytes changed on disk: caught at get, reported by rse check
            Path onDisk = Path.of(lake, "storage/eos/eulake_1", DeterministicPath.of(did));
            byte[] changed = png.clone();
            changed[100] ^= 0x40;
            Files.write(onDisk, changed);
            CliRun again = vre("get", "ATLAS_LAPP_SP:plot.png", "--dir", folder.resolve("out2").toString(), "--lake",
                    lake).ok();
            assertTrue(again.out().contains("from WEBDAV-1"), again.out());
            assertTrue(again.err().contains("EULAKE-1") && again.err().contains("checksum mismatch"), again.err());
            CliRun dirty = vre("rse", "check", "EULAKE-1", "--lake", lake, "--json").ok();
            JsonNode report = new ObjectMapper().readTree(dirty.out());
            assertEquals("ATLAS_LAPP_SP:plot.png", report.get("corrupted").get(0).get("did").asText(), dirty.out());

            // the same lake through rucio's verbs
            assertTrue(rucio("--lake", lake, "whoami").ok().out().contains("status     : ACTIVE"));
            CliRun replicas = rucio("--lake", lake, "list-file-replicas", "ATLAS_LAPP_SP:plot.png").ok();
            assertTrue(replicas.out().contains("| SCOPE ") && replicas.out().contains("WEBDAV-1: http://127.0.0.1:"),
                    replicas.out());
            CliRun pfns = rucio("--lake", lake, "list-file-replicas", "--pfns", "--rses", "WEBDAV-1",
                    "ATLAS_LAPP_SP:plot.png").ok();
            assertEquals(nginx.uri("lake/" + DeterministicPath.of(did)).toString(), pfns.out().trim());
            Path second = Files.write(folder.resolve("hist.root"), new byte[] {1, 2, 3});
            CliRun upload = rucio("--lake", lake, "upload", "--rse", "WEBDAV-1", "--scope", "ATLAS_LAPP_SP",
                    second.toString(), "ATLAS_LAPP_SP:run1").ok();
            assertTrue(upload.out().contains("Successfully uploaded file hist.root"), upload.out());
            CliRun dids = rucio("--lake", lake, "list-dids", "ATLAS_LAPP_SP:*").ok();
            assertTrue(dids.out().contains("| ATLAS_LAPP_SP:run1 | DATASET"), dids.out());
            String ruleId = rucio("--lake", lake, "add-rule", "ATLAS_LAPP_SP:run1", "1", "EULAKE-1").ok().out().trim();
            CliRun listed = rucio("--lake", lake, "list-rules", "ATLAS_LAPP_SP:run1").ok();
            assertTrue(listed.out().contains(ruleId) && listed.out().contains("REPLICATING"), listed.out());
            CliRun download = rucio("--lake", lake, "download", "--dir", folder.resolve("r").toString(),
                    "ATLAS_LAPP_SP:run1").ok();
            assertTrue(download.out().contains("Downloaded files:                             1"), download.out());
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(folder.resolve("r/ATLAS_LAPP_SP/hist.root")));

            CliRun bad = rucio("--lake", lake, "download", "ATLAS_LAPP_SP:../../etc/passwd");
            assertEquals(1, bad.exit());
            assertTrue(bad.err().startsWith("ERROR"), bad.err());
        }
    }
}
