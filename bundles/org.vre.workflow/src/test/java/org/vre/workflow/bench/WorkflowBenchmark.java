package org.vre.workflow.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.vre.workflow.Corpus;
import org.vre.workflow.WorkflowFile;
import org.vre.workflow.plan.ExecutionPlanner;
import org.vre.workflow.validation.Diagnostic;
import org.vre.workflow.validation.SpecificationValidator;
import org.vre.workflow.validation.ValidationOptions;

/**
 * Prints load + validate throughput over the REANA corpus and the time to load, validate and plan a generated
 * 10,000-step workflow (target: under 1 s). Not a test: run its main.
 */
public final class WorkflowBenchmark {

    private WorkflowBenchmark() {
    }

    public static void main(String[] args) {
        SpecificationValidator validator = new SpecificationValidator();
        List<Path> specs = Corpus.specifications();
        for (int warmup = 0; warmup < 5; warmup++) {
            specs.forEach(p -> validator.validate(p, ValidationOptions.DEFAULT));
        }
        int rounds = 20;
        long start = System.nanoTime();
        int diagnostics = 0;
        for (int r = 0; r < rounds; r++) {
            for (Path p : specs) {
                diagnostics += validator.validate(p, ValidationOptions.DEFAULT).size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "corpus: %d specs x %d rounds in %.2f s = %.0f specs/s (load + validate,"
                + " incl. referenced yadage/CWL files; %d diagnostics)%n", specs.size(), rounds, seconds,
                specs.size() * rounds / seconds, diagnostics);

        String big = generated(10_000);
        System.out.printf(Locale.ROOT, "generated workflow: 10000 steps, %d KiB%n", big.length() / 1024);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 5; run++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            WorkflowFile file = WorkflowFile.parse("generated.yaml", big);
            long t1 = System.nanoTime();
            List<Diagnostic> found = validator.validate(file, new ValidationOptions(ValidationOptions.REANA_BACKENDS, false));
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            int jobs = new ExecutionPlanner().plan(file.specification(), java.util.Map.of()).steps().size();
            long t3 = System.nanoTime();
            String saved = file.toText();
            long t4 = System.nanoTime();
            // CPU time of this thread tells the cost when other processes compete for the cores
            System.out.printf(Locale.ROOT, "run %d: load %.0f ms + validate %.0f ms = %.0f ms wall, %.0f ms CPU"
                    + " (%d diagnostics); plan %.0f ms (%d jobs); unchanged save %.0f ms (identical: %b)%n", run,
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t0) / 1e6, (c2 - c0) / 1e6, found.size(),
                    (t3 - t2) / 1e6, jobs, (t4 - t3) / 1e6, saved.equals(big));
        }
    }

    /** A serial workflow whose steps each depend on one or two earlier ones, with parameters used throughout. */
    static String generated(int steps) {
        StringBuilder out = new StringBuilder(steps * 220);
        out.append("version: 0.9.0\ninputs:\n  parameters:\n    events: 1000\n    outdir: results\n")
                .append("workflow:\n  type: serial\n  specification:\n    steps:\n");
        for (int i = 0; i < steps; i++) {
            out.append("      - name: step").append(i).append('\n')
                    .append("        environment: 'reanahub/reana-env-root6:6.18.04'\n")
                    .append("        kubernetes_memory_limit: '256Mi'\n");
            if (i > 0) {
                out.append("        depends_on: [step").append(i - 1);
                if (i > 10) {
                    out.append(", step").append(i / 2);
                }
                out.append("]\n");
            } else {
                out.append("        depends_on: []\n");
            }
            out.append("        commands:\n")
                    .append("          - mkdir -p ${outdir}/s").append(i).append('\n')
                    .append("          - root -b -q 'gen.C($events, \"${outdir}/s").append(i).append("/data.root\")'\n");
        }
        return out.toString();
    }
}
