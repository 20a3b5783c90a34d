package org.vre.workflow.edit.provider;

import org.eclipse.emf.ecore.EClass;

/** Groups the many step properties in the Properties view by what they configure. */
final class StepCategories {

    private StepCategories() {
    }

    static String of(EClass eClass, String key) {
        if (!eClass.getName().equals("Step")) {
            return key.equals("line") || key.equals("column") ? "Source" : null;
        }
        if (key.startsWith("kubernetes_")) {
            return "Kubernetes";
        }
        if (key.startsWith("htcondor_")) {
            return "HTCondor";
        }
        if (key.startsWith("slurm_")) {
            return "Slurm";
        }
        if (key.startsWith("c4p_")) {
            return "Compute4PUNCH";
        }
        return switch (key) {
            case "voms_proxy", "rucio", "kerberos" -> "Credentials";
            case "depends_on" -> "Parallel (VRE extension)";
            case "line", "column" -> "Source";
            default -> "General";
        };
    }
}
