package org.vre.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.VreException;
import org.vre.workflow.validation.Diagnostic;
import org.vre.workflow.validation.SpecificationValidator;
import org.vre.workflow.validation.ValidationOptions;
import org.vre.workflow.yaml.YamlLimits;
import org.vre.workflow.yaml.YamlSyntaxException;

/** Bad and hostile files get one clear message with a position, at a bounded cost, and never a stack trace. */
class HostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private final SpecificationValidator validator = new SpecificationValidator();

    @TempDir
    Path dir;

    private List<Diagnostic> validateFile(String text) throws Exception {
        Path file = dir.resolve("reana.yaml");
        Files.writeString(file, text);
        return assertTimeoutPreemptively(BOUND, () -> validator.validate(file, ValidationOptions.DEFAULT));
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class,
                () -> WorkflowFile.parse("reana.yaml", "workflow:\n  type: serial\n   bad: [1, 2\n"));
        assertEquals("reana.yaml", e.source());
        assertTrue(e.line() >= 2, e.getMessage());
        assertTrue(e.getMessage().startsWith("reana.yaml:" + e.line() + ":" + e.column() + ": malformed YAML"),
                e.getMessage());
    }

    @Test
    void malformedYamlIsOneErrorDiagnostic() throws Exception {
        List<Diagnostic> d = validateFile("workflow: {type: serial\n");
        assertEquals(1, d.size());
        assertEquals("yaml", d.get(0).code());
        assertTrue(d.get(0).isError());
        assertTrue(d.get(0).line() >= 1);
    }

    @Test
    void aliasBombStopsQuickly() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        bomb.append("workflow: {type: serial, specification: {steps: []}}\n");
        List<Diagnostic> d = validateFile(bomb.toString());
        assertTrue(d.stream().anyMatch(x -> x.isError() && x.code().equals("alias-expansion")), d::toString);
    }

    @Test
    void tooManyAliasesAreRefusedWithAPosition() {
        StringBuilder text = new StringBuilder("x: &x 1\nl: [");
        for (int i = 0; i < YamlLimits.DEFAULT.maxAliases() + 1; i++) {
            text.append("*x,");
        }
        text.append("]\n");
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> WorkflowFile.parse("f", text.toString()));
        assertTrue(e.getMessage().contains("too many aliases"), e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void deepNestingIsRefusedWithoutStackOverflow() {
        String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
        YamlSyntaxException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(YamlSyntaxException.class, () -> WorkflowFile.parse("deep.yaml", deep)));
        assertTrue(e.getMessage().contains("nesting too deep"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void hugeFileIsRefusedBeforeParsing() throws Exception {
        YamlLimits small = new YamlLimits(1_000, 64, 10_000, 100, 10_000);
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, "# " + "x".repeat(5_000) + "\nworkflow: {}\n");
        VreException e = assertThrows(VreException.class, () -> WorkflowFile.load(file, small));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":1:1:"), e.getMessage());
    }

    @Test
    void recursiveAliasIsRefused() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class, () -> WorkflowFile.parse("r", "a: &a [*a]\n"));
        assertTrue(e.getMessage().contains("alias *a"), e.getMessage());
    }

    @Test
    void secondDocumentIsRefused() {
        YamlSyntaxException e = assertThrows(YamlSyntaxException.class,
                () -> WorkflowFile.parse("two", "workflow: {}\n---\nworkflow: {}\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("more than one YAML document"), e.getMessage());
    }

    @Test
    void notUtf8IsAClearMessage() throws Exception {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xe9, '\n'});
        VreException e = assertThrows(VreException.class, () -> WorkflowFile.load(file));
        assertEquals(file + ": not a UTF-8 text file", e.getMessage());
    }

    @Test
    void wrongTypesAreSchemaErrorsAndSurviveASave() throws Exception {
        String text = """
                workflow:
                  type: serial
                  specification:
                    steps:
                      - name: a
                        environment: img:1
                        kubernetes_job_timeout: soon
                        voms_proxy: maybe
                        commands: echo
                inputs: [1, 2]
                """;
        List<Diagnostic> d = validateFile(text);
        List<String> errors = d.stream().filter(Diagnostic::isError).map(Diagnostic::format).toList();
        assertTrue(errors.stream().anyMatch(m -> m.contains(":7:33: error:") && m.contains("kubernetes_job_timeout")), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.contains(":8:21: error:") && m.contains("voms_proxy")), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.contains(":9:19: error:") && m.contains("commands")), errors::toString);
        assertTrue(errors.stream().anyMatch(m -> m.contains(":10:9: error:") && m.contains("inputs")), errors::toString);
        WorkflowFile file = WorkflowFile.parse("reana.yaml", text);
        file.specification().getWorkflow().getSpecification().getSteps().get(0).setName("b");
        assertEquals(text.replace("name: a", "name: b"), file.toText());
    }

    @Test
    void emptyAndNonMappingFilesAreErrors() throws Exception {
        assertEquals("empty", validateFile("# nothing\n").get(0).code());
        List<Diagnostic> d = validateFile("- just\n- a list\n");
        assertTrue(d.stream().anyMatch(x -> x.isError() && x.code().equals("schema") && x.line() == 1), d::toString);
    }

    @Test
    void missingFileIsAClearMessage() {
        VreException e = assertThrows(VreException.class, () -> WorkflowFile.load(dir.resolve("nope.yaml")));
        assertEquals(dir.resolve("nope.yaml") + ": no such file", e.getMessage());
    }
}
