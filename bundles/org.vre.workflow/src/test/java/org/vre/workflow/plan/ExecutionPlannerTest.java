package org.vre.workflow.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vre.core.VreException;
import org.vre.workflow.Corpus;
import org.vre.workflow.WorkflowFile;

class ExecutionPlannerTest {

    private final ExecutionPlanner planner = new ExecutionPlanner();

    private ExecutionPlan plan(String yaml, Map<String, String> overrides) {
        return planner.plan(WorkflowFile.parse("reana.yaml", yaml).specification(), overrides);
    }

    @Test
    void serialStepsFormAChainWithSubstitutedCommands() {
        ExecutionPlan plan = planner.plan(WorkflowFile.load(Corpus.resource("seed-workflows/fitdata-demo.yaml"))
                .specification(), Map.of("events", "500"));
        assertEquals(List.of("fetchdata", "gendata", "fitdata", "uploaddata"),
                plan.steps().stream().map(PlannedStep::name).toList());
        assertEquals(List.of("gendata"), plan.step("fitdata").dependsOn());
        assertEquals("mkdir -p results && root -b -q 'agis_test/gendata.C(500,\"results/data.root\")'",
                plan.step("gendata").commands().get(0));
        assertEquals("500", plan.parameters().get("events"));
    }

    @Test
    void dependsOnMakesAGraphAndScatterExpandsInstances() {
        ExecutionPlan plan = plan("""
                inputs:
                  parameters:
                    mass: 100
                    width: 1.0
                workflow:
                  type: serial
                  specification:
                    steps:
                      - name: plot
                        environment: py:3
                        depends_on: [fit]
                        commands: [plot --all]
                      - name: prepare
                        environment: py:3
                        depends_on: []
                        commands: [prep]
                      - name: fit
                        environment: py:3
                        depends_on: [prepare]
                        scatter:
                          mass: [100, 200]
                          width: [0.5, 2]
                        commands: ['fit --mass $mass --width ${width} --cost $$5']
                """, Map.of());
        List<String> names = plan.steps().stream().map(PlannedStep::name).toList();
        assertEquals(List.of("prepare", "fit[mass=100,width=0.5]", "fit[mass=100,width=2]", "fit[mass=200,width=0.5]",
                "fit[mass=200,width=2]", "plot"), names);
        assertEquals(names.subList(1, 5), plan.step("plot").dependsOn());
        assertEquals("fit --mass 200 --width 0.5 --cost $5", plan.step("fit[mass=200,width=0.5]").commands().get(0));
        assertEquals(Map.of("mass", "200", "width", "0.5"), plan.step("fit[mass=200,width=0.5]").scatterValues());
        assertEquals(4, plan.dependentsOf("prepare").size());
    }

    @Test
    void undefinedParameterNamesStepAndCommand() {
        VreException e = assertThrows(VreException.class, () -> planner.plan(WorkflowFile.load(
                Corpus.resource("seed-workflows/fitdata-demo-as-shown.yaml")).specification(), Map.of()));
        assertTrue(e.getMessage().contains("step 'gendata', command 1"), e.getMessage());
        assertTrue(e.getMessage().contains("parameter 'events' is not defined"), e.getMessage());
    }

    @Test
    void cyclesAndUnknownDependenciesAndUndeclaredOverridesAreRefused() {
        String cyclic = """
                workflow:
                  type: serial
                  specification:
                    steps:
                      - {name: a, environment: x:1, depends_on: [b], commands: [true]}
                      - {name: b, environment: x:1, depends_on: [a], commands: [true]}
                """;
        assertTrue(assertThrows(VreException.class, () -> plan(cyclic, Map.of())).getMessage()
                .contains("dependency cycle among steps a, b"));
        assertTrue(assertThrows(VreException.class, () -> plan(cyclic.replace("[b]", "[zzz]"), Map.of()))
                .getMessage().contains("depends on 'zzz'"));
        assertTrue(assertThrows(VreException.class, () -> plan(cyclic.replace("[b]", "[]").replace("[a]", "[]"),
                Map.of("nope", "1"))).getMessage().contains("parameter 'nope' is not declared"));
    }

    @Test
    void parameterValuesAreSubstitutedAsPythonWritesThem() {
        ExecutionPlan plan = plan("""
                inputs:
                  parameters: {flag: yes, nothing: null, big: 1_000, small: 0.00001, ratio: 2.50, hex: 0x1F, text: '007'}
                workflow:
                  type: serial
                  specification:
                    steps:
                      - {name: a, environment: x:1, commands: ['$flag $nothing $big $small $ratio $hex $text']}
                """, Map.of());
        assertEquals("True None 1000 1e-05 2.5 31 007", plan.step("a").commands().get(0));
    }
}
