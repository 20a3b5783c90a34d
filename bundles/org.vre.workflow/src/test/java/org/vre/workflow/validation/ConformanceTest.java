package org.vre.workflow.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vre.workflow.Corpus;
import org.vre.workflow.WorkflowFile;

/** The REANA demo corpus validates as REANA would, and the seed workflows reach the verdicts of their README. */
class ConformanceTest {

    /** Specs whose workflow.file is absent: the Snakefiles left out of the corpus, and cms-reco's CWL file. */
    private static final Map<String, String> MISSING_WORKFLOW_FILE = Map.ofEntries(
            Map.entry("helloworld/reana-snakemake.yaml", "workflow/snakemake/Snakefile"),
            Map.entry("helloworld/reana-snakemake-htcondorcern.yaml", "workflow/snakemake/Snakefile-htcondorcern"),
            Map.entry("helloworld/reana-snakemake-slurmcern.yaml", "workflow/snakemake/Snakefile-slurmcern"),
            Map.entry("root6-roofit/reana-snakemake.yaml", "workflow/snakemake/Snakefile"),
            Map.entry("root6-roofit/reana-snakemake-htcondorcern.yaml", "workflow/snakemake/Snakefile-htcondorcern"),
            Map.entry("root6-roofit/reana-snakemake-slurmcern.yaml", "workflow/snakemake/Snakefile-slurmcern"),
            Map.entry("worldpopulation/reana-snakemake.yaml", "workflow/snakemake/Snakefile"),
            Map.entry("worldpopulation/reana-snakemake-htcondorcern.yaml", "workflow/snakemake/Snakefile-htcondorcern"),
            Map.entry("worldpopulation/reana-snakemake-slurmcern.yaml", "workflow/snakemake/Snakefile-slurmcern"),
            Map.entry("cms-h4l/reana.yaml", "workflow/Snakefile"),
            Map.entry("lhcb-run2-b2jpsik/reana.yaml", "Snakefile"),
            Map.entry("agc-cms-ttbar-coffea/reana.yaml", "Snakefile"),
            Map.entry("cms-reco/reana-cwl.yaml", "workflow/workflow.cwl"));

    private static final SpecificationValidator VALIDATOR = new SpecificationValidator();

    static Stream<Path> specifications() {
        return Corpus.specifications().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specifications")
    void corpusSpecificationHasNoErrorButItsMissingWorkflowFile(Path spec) {
        List<Diagnostic> errors = VALIDATOR.validate(spec, ValidationOptions.DEFAULT).stream()
                .filter(Diagnostic::isError).toList();
        String missing = MISSING_WORKFLOW_FILE.get(Corpus.name(spec));
        if (missing == null) {
            assertEquals(List.of(), errors.stream().map(Diagnostic::format).toList());
        } else {
            assertEquals(1, errors.size(), errors.toString());
            assertEquals("missing-workflow-file", errors.get(0).code());
            assertTrue(errors.get(0).message().contains("'" + missing + "'"), errors.get(0).message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specifications")
    void corpusSpecificationAgreesWithTheReanaSchema(Path spec) {
        // every corpus file validates against reana-commons' schema (MANIFEST column valid_against_...=yes)
        List<Diagnostic> schema = VALIDATOR.validate(spec, new ValidationOptions(ValidationOptions.REANA_BACKENDS,
                false)).stream().filter(d -> d.code().equals("schema") || d.code().equals("unknown-key")).toList();
        assertEquals(List.of(), schema);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specifications")
    void corpusSpecificationFormatsIdempotently(Path spec) {
        WorkflowFile file = WorkflowFile.load(spec);
        String once = file.formattedText();
        String twice = WorkflowFile.parse("formatted", once).formattedText();
        assertEquals(once, twice);
    }

    @Test
    void schemaViolationsAreErrorsWithTheirPosition() {
        List<Diagnostic> d = validate("""
                version: 0.8
                workflow:
                  type: pipeline
                  specification: {}
                """);
        Set<String> messages = d.stream().filter(Diagnostic::isError).map(Diagnostic::format).collect(Collectors.toSet());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("reana.yaml:1:10: error: 'version'")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("reana.yaml:3:9: error: 'workflow.type'")), messages::toString);
    }

    @Test
    void seedDmLimitsRucioIsValidWithAnUntaggedImageWarning() {
        List<Diagnostic> d = seed("dm-limits-rucio.yaml");
        assertFalse(d.stream().anyMatch(Diagnostic::isError), d::toString);
        assertTrue(d.stream().anyMatch(x -> x.code().equals("unpinned-image") && x.line() == 13
                && x.message().contains("projectescape/rucio-client") && x.message().contains("no tag")), d::toString);
    }

    @Test
    void seedDmLimitsIsValidWithMissingInputsAsWarningsAtMost() {
        List<Diagnostic> d = seed("dm-limits.yaml");
        assertFalse(d.stream().anyMatch(Diagnostic::isError), d::toString);
        assertTrue(d.stream().allMatch(x -> x.severity() != Severity.WARNING || x.code().equals("missing-input")),
                d::toString);
    }

    @Test
    void seedDmLimitsAsShownReportsOutputsUnderWorkflowAtItsLine() {
        List<Diagnostic> d = seed("dm-limits-as-shown.yaml");
        Diagnostic outputs = d.stream().filter(x -> x.code().equals("misplaced-key")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, outputs.severity());
        assertEquals(23, outputs.line());
        assertEquals(3, outputs.column());
        assertTrue(outputs.message().contains("outputs are not collected"), outputs.message());
        WorkflowFile file = WorkflowFile.load(Corpus.resource("seed-workflows/dm-limits-as-shown.yaml"));
        assertEquals(null, file.specification().getOutputs(), "the misplaced outputs are not read as outputs");
    }

    @Test
    void seedFitdataAsShownFailsOnUndeclaredParameters() {
        List<Diagnostic> d = seed("fitdata-demo-as-shown.yaml");
        Set<String> undeclared = d.stream().filter(x -> x.code().equals("undeclared-parameter"))
                .map(x -> x.message().replaceAll(".*parameter '([a-z]+)'.*", "$1")).collect(Collectors.toSet());
        assertEquals(Set.of("events", "data", "plot"), undeclared);
        assertTrue(d.stream().filter(Diagnostic::isError).allMatch(x -> x.code().equals("undeclared-parameter")));
        assertImageWarnings(d);
    }

    @Test
    void seedFitdataIsValidWithImageWarnings() {
        List<Diagnostic> d = seed("fitdata-demo.yaml");
        assertFalse(d.stream().anyMatch(Diagnostic::isError), d::toString);
        assertImageWarnings(d);
    }

    private static void assertImageWarnings(List<Diagnostic> d) {
        assertEquals(2, d.stream().filter(x -> x.code().equals("unpinned-image") && x.message().contains("'latest'")).count());
        assertEquals(2, d.stream().filter(x -> x.code().equals("unpinned-image") && x.message().contains("no tag")).count());
    }

    private static List<Diagnostic> seed(String name) {
        return VALIDATOR.validate(Corpus.resource("seed-workflows/" + name), ValidationOptions.DEFAULT);
    }

    static List<Diagnostic> validate(String text) {
        return VALIDATOR.validate(WorkflowFile.parse("reana.yaml", text), new ValidationOptions(
                ValidationOptions.REANA_BACKENDS, false));
    }
}
