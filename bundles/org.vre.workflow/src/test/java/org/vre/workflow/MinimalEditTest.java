package org.vre.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.emf.common.util.ECollections;
import org.junit.jupiter.api.Test;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.Resources;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.ValueType;
import org.vre.workflow.model.WorkflowFactory;

class MinimalEditTest {

    private static final String TEXT = """
            # analysis
            version: 0.6.0
            inputs:
              files:
                - code/gendata.C   # generator
                - code/fitdata.C
              parameters:
                events: 20000
                data: results/data.root
            workflow:
              type: serial
              specification:
                steps:
                  - name: gendata
                    environment: 'reanahub/reana-env-root6:6.18.04'
                    x-custom: keep me
                    commands:
                    - mkdir -p results && root -b -q 'code/gendata.C(${events},"${data}")'
                  # the fit
                  - name: fitdata
                    environment: "reanahub/reana-env-root6:6.18.04"
                    commands:
                    - root -b -q 'code/fitdata.C("${data}")'
            outputs:
              files:
                - results/plot.png
            """;

    private final WorkflowFile file = WorkflowFile.parse("reana.yaml", TEXT);
    private final Specification spec = file.specification();

    private Step step(int i) {
        return spec.getWorkflow().getSpecification().getSteps().get(i);
    }

    @Test
    void changedScalarKeepsItsQuotes() {
        step(1).setEnvironment("reanahub/reana-env-root6:6.28.00");
        assertEquals(TEXT.replace("\"reanahub/reana-env-root6:6.18.04\"", "\"reanahub/reana-env-root6:6.28.00\""),
                file.toText());
    }

    @Test
    void newFieldGoesAfterTheLastKeyWithItsIndentation() {
        step(0).setKubernetesMemoryLimit("256Mi");
        assertEquals(TEXT.replace("\"${data}\")'\n      # the fit", "\"${data}\")'\n        kubernetes_memory_limit: 256Mi\n      # the fit"),
                file.toText());
    }

    @Test
    void removedStepTakesItsLinesOnly() {
        spec.getWorkflow().getSpecification().getSteps().remove(0);
        String expected = TEXT.replace("""
                      - name: gendata
                        environment: 'reanahub/reana-env-root6:6.18.04'
                        x-custom: keep me
                        commands:
                        - mkdir -p results && root -b -q 'code/gendata.C(${events},"${data}")'
                """, "");
        assertEquals(expected, file.toText());
    }

    @Test
    void addedStepIsWrittenAfterTheLastOne() {
        Step step = WorkflowFactory.eINSTANCE.createStep();
        step.setName("plot");
        step.setEnvironment("python:3.12");
        step.getCommands().add("python plot.py --out results/plot.png");
        step.getDependsOn().add("fitdata");
        spec.getWorkflow().getSpecification().getSteps().add(step);
        String expected = TEXT.replace("""
                        - root -b -q 'code/fitdata.C("${data}")'
                """, """
                        - root -b -q 'code/fitdata.C("${data}")'
                      - name: plot
                        environment: python:3.12
                        commands:
                          - python plot.py --out results/plot.png
                        depends_on:
                          - fitdata
                """);
        assertEquals(expected, file.toText());
        assertEquals("plot", WorkflowFile.parse("x", file.toText()).specification().getWorkflow().getSpecification()
                .getSteps().get(2).getName());
    }

    @Test
    void parametersAreRenamedChangedAddedAndRemovedInPlace() {
        Parameter events = spec.getInputs().getParameters().get(0);
        events.setName("nevents");
        events.setValue("100");
        spec.getInputs().getParameters().remove(1);
        Parameter plot = WorkflowFactory.eINSTANCE.createParameter();
        plot.setName("plot");
        plot.setValue("results/plot.png");
        plot.setType(ValueType.STRING);
        spec.getInputs().getParameters().add(plot);
        String expected = TEXT.replace("""
                    events: 20000
                    data: results/data.root
                """, """
                    nevents: 100
                    plot: results/plot.png
                """);
        assertEquals(expected, file.toText());
    }

    @Test
    void listItemsAreInsertedAndRemovedWithTheirComments() {
        spec.getInputs().getFiles().remove(0);
        spec.getInputs().getFiles().add("data/names.txt");
        String expected = TEXT.replace("""
                    - code/gendata.C   # generator
                    - code/fitdata.C
                """, """
                    - code/fitdata.C
                    - data/names.txt
                """);
        assertEquals(expected, file.toText());
    }

    @Test
    void reorderedStepsMoveWithTheCommentsAboveThem() {
        ECollections.move(spec.getWorkflow().getSpecification().getSteps(), 0, 1);
        step(0).setSlurmTime("60");
        String result = file.toText();
        Specification reread = WorkflowFile.parse("x", result).specification();
        assertEquals("fitdata", reread.getWorkflow().getSpecification().getSteps().get(0).getName());
        assertEquals("60", reread.getWorkflow().getSpecification().getSteps().get(0).getSlurmTime());
        assertEquals("gendata", reread.getWorkflow().getSpecification().getSteps().get(1).getName());
        assertEquals(result.indexOf("# the fit") < result.indexOf("- name: fitdata"), true);
        assertEquals(1, result.split("x-custom: keep me", -1).length - 1);
    }

    @Test
    void unsetValueRemovesItsLineAndNewObjectIsRendered() {
        spec.setVersion(null);
        Resources resources = WorkflowFactory.eINSTANCE.createResources();
        resources.getCvmfs().add("cms.cern.ch");
        resources.setKerberos(true);
        spec.getWorkflow().setResources(resources);
        String expected = TEXT.replace("version: 0.6.0\n", "").replace("""
                        - root -b -q 'code/fitdata.C("${data}")'
                """, """
                        - root -b -q 'code/fitdata.C("${data}")'
                  resources:
                    cvmfs:
                      - cms.cern.ch
                    kerberos: true
                """);
        assertEquals(expected, file.toText());
        assertNull(WorkflowFile.parse("x", file.toText()).specification().getVersion());
    }

    @Test
    void savedFileKeepsEditingMinimally() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("vre-edit");
        java.nio.file.Path path = dir.resolve("reana.yaml");
        java.nio.file.Files.writeString(path, TEXT);
        WorkflowFile onDisk = WorkflowFile.load(path);
        onDisk.specification().setVersion("0.9.0");
        onDisk.save();
        onDisk.specification().getInputs().getFiles().add("extra.txt");
        onDisk.save();
        String expected = TEXT.replace("0.6.0", "0.9.0").replace("    - code/fitdata.C\n",
                "    - code/fitdata.C\n    - extra.txt\n");
        assertEquals(expected, java.nio.file.Files.readString(path));
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
