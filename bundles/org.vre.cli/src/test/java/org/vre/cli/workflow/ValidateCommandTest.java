package org.vre.cli.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ValidateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("reana.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void warningsOnlyExitZeroWithCompilerStyleLines() throws Exception {
        Path file = write("""
                workflow:
                  type: serial
                  specification:
                    steps:
                      - name: a
                        environment: 'python:latest'
                        commands: [sudo rm -rf x]
                """);
        assertEquals(0, run(file.toString()));
        String text = out.toString();
        assertTrue(text.contains(file + ":6:22: warning: step 'a': image 'python:latest' uses the tag 'latest'"), text);
        assertTrue(text.contains(file + ":7:20: warning: step 'a': command 1 contains the dangerous operation 'sudo'"), text);
        assertTrue(text.contains(file + ": valid (0 errors, 2 warnings)"), text);
    }

    @Test
    void errorsExitOneAndJsonIsMachineReadable() throws Exception {
        Path file = write("workflow:\n  type: serial\n  specification:\n    steps:\n"
                + "      - {name: a, environment: 'x:1', kubernetes_memory_limit: 9GB, commands: ['echo $n']}\n");
        assertEquals(1, run(file.toString(), "--json"));
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(false, json.get("valid").asBoolean());
        assertEquals(2, json.get("errors").asInt());
        assertEquals("memory", json.get("diagnostics").get(0).get("code").asText());
        assertEquals(5, json.get("diagnostics").get(0).get("line").asInt());
    }

    @Test
    void malformedFileIsOneErrorLineNotAStackTrace() throws Exception {
        Path file = write("workflow: [\n");
        assertEquals(1, run(file.toString()));
        assertTrue(out.toString().matches("(?s).*reana\\.yaml:\\d+:\\d+: error: malformed YAML.*"), out.toString());
        assertTrue(!out.toString().contains("Exception"), out.toString());
    }

    @Test
    void formatRewritesNormalisedKeepingComments() throws Exception {
        Path file = write("""
                # my analysis
                workflow:
                    type: serial   # engine
                    specification:
                        steps:
                        -   name: a
                            environment: "x:1"
                            commands: [echo hi]
                """);
        assertEquals(0, run("--format", file.toString()));
        assertEquals("""
                # my analysis
                workflow:
                  type: serial  # engine
                  specification:
                    steps:
                      - name: a
                        environment: "x:1"
                        commands:
                          - echo hi
                """, Files.readString(file));
        assertTrue(out.toString().startsWith(file + ": formatted"), out.toString());
    }
}
