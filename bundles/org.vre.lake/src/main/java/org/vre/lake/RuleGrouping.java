package org.vre.lake;

/**
 * How a rule places the files of a collection: ALL on the same RSEs, each DATASET together, or NONE
 * (every file chosen on its own).
 */
public enum RuleGrouping {
    ALL, DATASET, NONE
}
