package org.vre.cli.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** The other lake verbs, in process (faster than a JVM per command). */
class LakeVerbsTest {

    private final ObjectMapper json = new ObjectMapper();

    private String run(Path lake, String... args) {
        StringWriter err = new StringWriter();
        String out = execute(lake, err, 0, args);
        return out;
    }

    /** Runs {@code vre ARGS --lake LAKE}, checks the exit code, returns standard output (errors go to {@code err}). */
    private String execute(Path lake, StringWriter err, int expectedExit, String... args) {
        CommandLine cl = new CommandLine(new org.vre.cli.VreCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--lake";
        all[args.length + 1] = lake.toString();
        int exit = cl.execute(all);
        assertEquals(expectedExit, exit, String.join(" ", args) + ": " + err);
        return out.toString();
    }

    @Test
    void datasetsSearchRulesAndSubscriptions(@TempDir Path lake) throws Exception {
        run(lake, "rse", "add", "DISK-2", "--url", "file://" + lake + "/storage/disk2", "--attr", "tier=2");
        run(lake, "scope", "add", "phys");
        run(lake, "did", "add", "phys:ds", "--type", "dataset", "--meta", "campaign=mc23");
        for (int i = 1; i <= 3; i++) {
            run(lake, "did", "add", "phys:f" + i + ".root", "--bytes", "10", "--adler32", "1", "--meta", "run=" + i,
                    "--attach-to", "phys:ds");
            run(lake, "replica", "add", "LOCAL", "phys:f" + i + ".root");
        }
        JsonNode found = json.readTree(run(lake, "did", "list", "phys:f*", "--filter", "run>=2", "--json"));
        assertEquals(2, found.size());
        assertEquals("phys:f2.root", found.get(0).get("did").asText());
        JsonNode shown = json.readTree(run(lake, "did", "show", "phys:ds", "--json"));
        assertEquals(3, shown.get("length").asInt());
        assertEquals("mc23", shown.get("metadata").get("campaign").asText());

        JsonNode rule = json.readTree(run(lake, "rule", "add", "phys:ds", "--copies", "1", "--rse-expression", "tier=2",
                "--json"));
        assertEquals("REPLICATING", rule.get("state").asText());
        assertEquals(3, rule.get("locks_replicating_cnt").asInt());
        JsonNode transfers = json.readTree(run(lake, "rule", "transfers", "--state", "QUEUED", "--json"));
        assertEquals(3, transfers.size());
        assertEquals("LOCAL", transfers.get(0).get("source_rse").asText());
        assertEquals("DISK-2", transfers.get(0).get("dest_rse").asText());

        run(lake, "subscription", "add", "mc-to-disk", "--scope", "phys", "--filter", "type=dataset", "--rses", "DISK-2");
        run(lake, "did", "add", "phys:ds2", "--type", "dataset");
        JsonNode ran = json.readTree(run(lake, "subscription", "run", "--json"));
        assertEquals(1, ran.get("rules_created").asInt());
        String listing = run(lake, "rule", "list", "--did", "phys:ds2");
        assertTrue(listing.contains("phys:ds2") && listing.contains("OK"), listing);
    }

    @Test
    void adminsAddAccountsOthersAreRefused(@TempDir Path lake) throws Exception {
        run(lake, "account", "add", "alice");
        run(lake, "account", "add", "prod", "--type", "service", "--admin");
        JsonNode accounts = json.readTree(run(lake, "account", "list", "--json"));
        assertEquals(3, accounts.size(), accounts.toString());
        assertTrue(run(lake, "account", "list").lines().anyMatch(l -> l.startsWith("prod") && l.contains("SERVICE")
                && l.endsWith("admin")));
        StringWriter err = new StringWriter();
        execute(lake, err, 1, "account", "add", "mallory", "--account", "alice");
        assertTrue(err.toString().contains("alice") && err.toString().toLowerCase(java.util.Locale.ROOT).contains("admin"),
                err.toString());
        assertEquals(3, json.readTree(run(lake, "account", "list", "--json")).size());
    }
}
