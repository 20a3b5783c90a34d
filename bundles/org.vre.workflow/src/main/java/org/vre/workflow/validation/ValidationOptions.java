package org.vre.workflow.validation;

import java.util.Set;

/**
 * What the validation may assume about where the workflow will run.
 *
 * @param computeBackends the compute backends the chosen executor offers (a step naming another one gets a warning)
 * @param checkFiles      whether referenced files (workflow file, inputs) are looked up on disk
 */
public record ValidationOptions(Set<String> computeBackends, boolean checkFiles) {

    /** The backends a REANA cluster may offer. */
    public static final Set<String> REANA_BACKENDS = Set.of("kubernetes", "htcondorcern", "slurmcern", "compute4punch");

    public static final ValidationOptions DEFAULT = new ValidationOptions(REANA_BACKENDS, true);

    public ValidationOptions {
        computeBackends = Set.copyOf(computeBackends);
    }
}
