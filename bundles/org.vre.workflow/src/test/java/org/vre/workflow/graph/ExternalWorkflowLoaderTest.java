package org.vre.workflow.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.workflow.Corpus;
import org.vre.workflow.WorkflowFile;
import org.vre.workflow.model.GraphNode;
import org.vre.workflow.model.Workflow;
import org.vre.workflow.validation.Diagnostic;

class ExternalWorkflowLoaderTest {

    private final ExternalWorkflowLoader loader = new ExternalWorkflowLoader();

    private Workflow load(String spec, List<Diagnostic> problems) {
        Path path = Corpus.resource("reana/" + spec);
        WorkflowFile file = WorkflowFile.load(path);
        problems.addAll(loader.load(file.specification().getWorkflow(), file.baseDirectory(), spec));
        return file.specification().getWorkflow();
    }

    private static Map<String, List<String>> edges(Workflow workflow) {
        return workflow.getGraph().getNodes().stream().collect(Collectors.toMap(GraphNode::getName,
                n -> n.getDependencies().stream().map(GraphNode::getName).sorted().toList()));
    }

    @Test
    void cwlStepsDependOnTheStepsTheirInputsComeFrom() {
        List<Diagnostic> problems = new java.util.ArrayList<>();
        Workflow workflow = load("root6-roofit/reana-cwl.yaml", problems);
        assertEquals(List.of(), problems);
        assertEquals(Map.of("gendata", List.of(), "fitdata", List.of("gendata")), edges(workflow));
        GraphNode fit = workflow.getGraph().getNodes().get(1);
        assertEquals(38, fit.getLine());
        assertEquals(3, fit.getColumn());
        assertEquals("docker.io/reanahub/reana-env-root6:6.18.04", fit.getEnvironment());
    }

    @Test
    void yadageStagesFollowRefsAcrossFilesAndSubworkflows() {
        List<Diagnostic> problems = new java.util.ArrayList<>();
        Workflow workflow = load("bsm-search/reana.yaml", problems);
        assertEquals(List.of(), problems);
        Map<String, List<String>> edges = edges(workflow);
        assertTrue(edges.size() > 20, edges::toString);
        assertEquals(List.of("all_bkg_mc", "data", "signal"), edges.get("merge"));
        assertTrue(edges.keySet().stream().anyMatch(n -> n.startsWith("all_bkg_mc/")), edges::toString);
        GraphNode read = workflow.getGraph().getNodes().stream().filter(n -> n.getName().endsWith("/read"))
                .findFirst().orElseThrow();
        assertTrue(read.isScattered());
    }

    @Test
    void yadageHelloworldHasOneStageWithItsImage() {
        Workflow workflow = load("helloworld/reana-yadage.yaml", new java.util.ArrayList<>());
        assertEquals(1, workflow.getGraph().getNodes().size());
        assertEquals("docker.io/library/python:2.7-slim", workflow.getGraph().getNodes().get(0).getEnvironment());
    }

    @Test
    void snakefileIsKeptAsADocumentAndAMissingOneIsNotLoaded(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("Snakefile"), "rule all:\n    input: 'a.txt'\n");
        Files.writeString(dir.resolve("reana.yaml"), "workflow:\n  type: snakemake\n  file: Snakefile\n");
        WorkflowFile file = WorkflowFile.load(dir.resolve("reana.yaml"));
        assertEquals(List.of(), loader.load(file.specification().getWorkflow(), dir, "reana.yaml"));
        assertEquals("rule all:\n    input: 'a.txt'\n", file.specification().getWorkflow().getDocument().getText());
        Workflow missing = load("cms-h4l/reana.yaml", new java.util.ArrayList<>());
        assertNull(missing.getDocument());
    }

    @Test
    void brokenRefInAReferencedFileIsAnErrorThere(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("wf.yml"), "stages:\n  - name: a\n    dependencies: [init]\n"
                + "    scheduler:\n      step: {$ref: 'steps.yml#/nothing'}\n");
        Files.writeString(dir.resolve("reana.yaml"), "workflow:\n  type: yadage\n  file: wf.yml\n");
        WorkflowFile file = WorkflowFile.load(dir.resolve("reana.yaml"));
        List<Diagnostic> problems = loader.load(file.specification().getWorkflow(), dir, "reana.yaml");
        assertEquals(1, problems.size());
        assertEquals(5, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("steps.yml"), problems.get(0).message());
    }
}
