package org.vre.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Regenerates docs/CLI.md from the picocli model and checks it describes every registered verb. */
class CliReferenceTest {

    @Test
    void referenceCoversEveryVerbAndIsWrittenToDocs() throws Exception {
        String reference = CliReference.markdown();
        assertTrue(reference.startsWith("# `vre` command reference"));
        assertTrue(reference.contains("Usage: vre"));
        for (var sub : Main.newCommandLine().getSubcommands().values()) {
            String verb = sub.getCommandSpec().name(); // aliases are listed under their command
            assertTrue(reference.contains("## `vre " + verb + "`"), "reference lists " + verb);
        }
        Path docs = Path.of("../../docs/CLI.md");
        if (Files.isDirectory(docs.getParent())) {
            Files.writeString(docs, reference, StandardCharsets.UTF_8);
        }
    }
}
