package org.vre.workflow.validation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vre.workflow.model.Step;

/**
 * Per-step checks of a serial workflow: names, resource values, dangerous commands, images, compute backends.
 * Errors are what would make REANA reject the step or the run fail; the rest are reana-client's warnings.
 */
final class StepChecks {

    private static final List<String> DANGEROUS = List.of("sudo ", "cd /");

    private StepChecks() {
    }

    static void check(List<Step> steps, ValidationOptions options, Findings findings) {
        Map<String, Step> names = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String label = label(step, i);
            if (step.getName() == null || step.getName().isBlank()) {
                findings.info(Findings.at(step), "unnamed-step", label + " has no name: FROM, TARGET and"
                        + " depends_on cannot refer to it");
            } else if (names.putIfAbsent(step.getName(), step) != null) {
                findings.error(Findings.at(step, "name"), "duplicate-step", "duplicate step name '" + step.getName()
                        + "' (first used at line " + Findings.at(names.get(step.getName())).line() + ")");
            }
            checkResources(step, label, findings);
            checkCommands(step, label, findings);
            checkImage(step.getEnvironment(), label, Findings.at(step, "environment"), findings);
            checkBackend(step, label, options, findings);
        }
    }

    static String label(Step step, int index) {
        return step.getName() == null || step.getName().isBlank() ? "step " + (index + 1)
                : "step '" + step.getName() + "'";
    }

    private static void checkResources(Step step, String label, Findings findings) {
        BigDecimal limit = memory(step, "kubernetes_memory_limit", step.getKubernetesMemoryLimit(), label, findings);
        BigDecimal request = memory(step, "kubernetes_memory_request", step.getKubernetesMemoryRequest(), label,
                findings);
        if (limit != null && request != null && request.compareTo(limit) > 0) {
            findings.warning(Findings.at(step, "kubernetes_memory_request"), "memory", label
                    + ": kubernetes_memory_request (" + step.getKubernetesMemoryRequest()
                    + ") is more than kubernetes_memory_limit (" + step.getKubernetesMemoryLimit() + ")");
        }
        cpu(step, "kubernetes_cpu_request", step.getKubernetesCpuRequest(), label, findings);
        cpu(step, "kubernetes_cpu_limit", step.getKubernetesCpuLimit(), label, findings);
        if (step.getKubernetesJobTimeout() != null && step.getKubernetesJobTimeout() <= 0) {
            findings.error(Findings.at(step, "kubernetes_job_timeout"), "time", label
                    + ": kubernetes_job_timeout must be a positive number of seconds, not "
                    + step.getKubernetesJobTimeout());
        }
        if (step.getHtcondorMaxRuntime() != null && !ResourceValues.isHtcondorRuntime(step.getHtcondorMaxRuntime())) {
            findings.error(Findings.at(step, "htcondor_max_runtime"), "time", label + ": htcondor_max_runtime '"
                    + step.getHtcondorMaxRuntime() + "' is neither seconds nor a job flavour ("
                    + String.join(", ", new java.util.TreeSet<>(ResourceValues.HTCONDOR_FLAVOURS.keySet())) + ")");
        }
        if (step.getSlurmTime() != null && !ResourceValues.isSlurmTime(step.getSlurmTime())) {
            findings.error(Findings.at(step, "slurm_time"), "time", label + ": slurm_time '" + step.getSlurmTime()
                    + "' is not a Slurm time (minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS)");
        }
        size(step, "htcondor_request_memory", step.getHtcondorRequestMemory(), label, findings);
        size(step, "htcondor_request_disk", step.getHtcondorRequestDisk(), label, findings);
        if (step.getHtcondorRequestCpus() != null && !ResourceValues.isPositiveInteger(step.getHtcondorRequestCpus())) {
            findings.error(Findings.at(step, "htcondor_request_cpus"), "cpu", label + ": htcondor_request_cpus '"
                    + step.getHtcondorRequestCpus() + "' is not a positive whole number");
        }
    }

    private static BigDecimal memory(Step step, String key, String value, String label, Findings findings) {
        if (value == null) {
            return null;
        }
        BigDecimal bytes = ResourceValues.kubernetesMemoryBytes(value);
        if (bytes == null || bytes.signum() == 0) {
            findings.error(Findings.at(step, key), "memory", label + ": " + key + " '" + value
                    + "' is not a Kubernetes memory quantity (e.g. 256Mi, 9Gi, 2G)");
        }
        return bytes;
    }

    private static void cpu(Step step, String key, String value, String label, Findings findings) {
        if (value != null && !ResourceValues.isKubernetesCpu(value)) {
            findings.error(Findings.at(step, key), "cpu", label + ": " + key + " '" + value
                    + "' is not a Kubernetes CPU quantity (e.g. 1, 0.5, 500m)");
        }
    }

    private static void size(Step step, String key, String value, String label, Findings findings) {
        if (value != null && !ResourceValues.isHtcondorSize(value)) {
            findings.error(Findings.at(step, key), "memory", label + ": " + key + " '" + value
                    + "' is not an HTCondor size (a positive number with an optional K, KB, M, MB, G, GB, T or TB)");
        }
    }

    private static void checkCommands(Step step, String label, Findings findings) {
        for (int c = 0; c < step.getCommands().size(); c++) {
            String command = step.getCommands().get(c);
            for (String operation : DANGEROUS) {
                if (command.contains(operation)) {
                    findings.warning(Findings.at(step, "commands", c), "dangerous-operation", label + ": command "
                            + (c + 1) + " contains the dangerous operation '" + operation.strip() + "'");
                }
            }
        }
    }

    /** reana-client's image check: a tag must be present and must not be {@code latest} or {@code master}. */
    static void checkImage(String image, String label, org.vre.workflow.yaml.SourceSpan at, Findings findings) {
        if (image == null || image.isBlank() || image.contains("@sha256:")) {
            return;
        }
        String lastPart = image.substring(image.lastIndexOf('/') + 1);
        int colon = lastPart.lastIndexOf(':');
        if (colon < 0) {
            findings.warning(at, "unpinned-image", label + ": image '" + image
                    + "' has no tag: the version used may change; pin one (e.g. " + image + ":1.0)");
        } else {
            String tag = lastPart.substring(colon + 1).toLowerCase(Locale.ROOT);
            if (tag.equals("latest") || tag.equals("master")) {
                findings.warning(at, "unpinned-image", label + ": image '" + image + "' uses the tag '" + tag
                        + "', which moves: pin a fixed version");
            }
        }
    }

    private static void checkBackend(Step step, String label, ValidationOptions options, Findings findings) {
        String backend = step.getComputeBackend();
        if (backend != null && ValidationOptions.REANA_BACKENDS.contains(backend)
                && !options.computeBackends().contains(backend)) {
            findings.warning(Findings.at(step, "compute_backend"), "compute-backend", label + ": compute backend '"
                    + backend + "' is not available for the chosen executor (available: "
                    + String.join(", ", new java.util.TreeSet<>(options.computeBackends())) + ")");
        }
        String effective = backend == null ? "kubernetes" : backend;
        ignoredUnless(step, label, effective, "htcondorcern", findings, "htcondor_max_runtime",
                "htcondor_accounting_group", "htcondor_request_cpus", "htcondor_request_memory",
                "htcondor_request_disk", "htcondor_requirements");
        ignoredUnless(step, label, effective, "slurmcern", findings, "slurm_partition", "slurm_time");
        ignoredUnless(step, label, effective, "compute4punch", findings, "c4p_cpu_cores", "c4p_memory_limit",
                "c4p_additional_requirements");
        ignoredUnless(step, label, effective, "kubernetes", findings, "kubernetes_memory_limit",
                "kubernetes_memory_request", "kubernetes_cpu_request", "kubernetes_cpu_limit",
                "kubernetes_job_timeout");
    }

    private static void ignoredUnless(Step step, String label, String backend, String needed, Findings findings,
            String... keys) {
        if (backend.equals(needed)) {
            return;
        }
        for (String key : keys) {
            if (Findings.valueNode(step, key) != null) {
                findings.warning(Findings.keyAt(step, key), "backend-option", label + ": " + key
                        + " has no effect with compute backend '" + backend + "' (it applies to " + needed + ")");
            }
        }
    }
}
