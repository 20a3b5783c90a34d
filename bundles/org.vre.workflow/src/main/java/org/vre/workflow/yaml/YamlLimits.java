package org.vre.workflow.yaml;

/**
 * Bounds on what a YAML file may cost to read, so hostile input (huge files, deep nesting, alias bombs) gets a clear
 * message instead of exhausting memory, stack or time.
 *
 * @param maxChars        longest text accepted, in chars
 * @param maxDepth        deepest nesting of mappings and sequences
 * @param maxNodes        most nodes (scalars, mappings, sequences, aliases) in one document
 * @param maxAliases      most aliases ({@code *name}) in one document
 * @param maxExpandedNodes most nodes visited when aliases are expanded (schema checks see the expanded tree)
 */
public record YamlLimits(int maxChars, int maxDepth, int maxNodes, int maxAliases, int maxExpandedNodes) {

    /** Generous for real specifications (the largest REANA demo is a few KiB; 10,000 steps are about 2 MiB). */
    public static final YamlLimits DEFAULT = new YamlLimits(32 * 1024 * 1024, 64, 4_000_000, 1_000, 4_000_000);
}
