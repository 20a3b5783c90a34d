package org.vre.workflow.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vre.workflow.WorkflowFile;

/** Each check, on a small file, with the place it points at. */
class ChecksTest {

    private static final String HEAD = "inputs:\n  parameters: {n: 1, unused: 2}\n  options: {FROM: nowhere, CACHE: maybe}\n"
            + "workflow:\n  type: serial\n  specification:\n    steps:\n";

    private static List<Diagnostic> check(String steps, Set<String> backends) {
        return new SpecificationValidator().validate(WorkflowFile.parse("r.yaml", HEAD + steps),
                new ValidationOptions(backends, false));
    }

    private static Set<String> codes(List<Diagnostic> d, Severity severity) {
        return d.stream().filter(x -> x.severity() == severity).map(Diagnostic::code).collect(Collectors.toSet());
    }

    @Test
    void everyErrorCheckFiresAtItsLine() {
        List<Diagnostic> d = check("""
                      - name: a
                        environment: img:1
                        kubernetes_memory_limit: 9GB
                        kubernetes_cpu_request: two
                        htcondor_max_runtime: forever
                        slurm_time: 1h
                        kubernetes_job_timeout: 0
                        depends_on: [c, ghost]
                        commands: ['echo $n $(pwd) ${undeclared}']
                      - name: a
                        environment: img:1
                        commands: ['true']
                      - name: c
                        environment: img:1
                        depends_on: [a]
                        scatter: {k: []}
                        commands: [echo $k]
                """, ValidationOptions.REANA_BACKENDS);
        assertEquals(Set.of("memory", "cpu", "time", "duplicate-step", "unknown-dependency", "dependency-cycle",
                "undeclared-parameter", "invalid-placeholder", "scatter", "option"), codes(d, Severity.ERROR));
        assertTrue(d.stream().anyMatch(x -> x.code().equals("memory") && x.line() == 10 && x.column() == 34), d::toString);
        assertTrue(d.stream().anyMatch(x -> x.code().equals("unknown-dependency") && x.line() == 15 && x.column() == 25), d::toString);
        assertTrue(d.stream().anyMatch(x -> x.code().equals("duplicate-step") && x.line() == 17), d::toString);
        assertTrue(d.stream().anyMatch(x -> x.code().equals("dependency-cycle") && x.message().contains("a -> c -> a")
                || x.message().contains("c -> a -> c")), d::toString);
    }

    @Test
    void everyWarningCheckFires() {
        List<Diagnostic> d = check("""
                      - name: a
                        environment: python
                        compute_backend: slurmcern
                        htcondor_max_runtime: espresso
                        kubernetes_memory_limit: 1Gi
                        kubernetes_memory_request: 2Gi
                        depends_on: [b]
                        scatter: {k: [1, 2]}
                        commands: ['sudo make && cd / && echo $n']
                      - name: b
                        environment: python:master
                        commands: ['true']
                """, Set.of("kubernetes"));
        assertEquals(Set.of("unused-parameter", "dangerous-operation", "unpinned-image", "compute-backend",
                "backend-option", "memory", "dependency-order", "scatter", "unused-scatter"),
                codes(d, Severity.WARNING).stream().filter(c -> !c.equals("unknown-option")).collect(Collectors.toSet()));
        assertTrue(codes(d, Severity.INFO).contains("extension"));
        assertEquals(2, d.stream().filter(x -> x.code().equals("dangerous-operation")).count());
    }
}
