package org.vre.workflow.yaml;

/**
 * A region of the source text: {@code start} (inclusive) and {@code end} (exclusive) are char offsets into the text,
 * {@code line} and {@code column} are 1-based and give where the region starts.
 */
public record SourceSpan(int start, int end, int line, int column) {

    /** The span of something made in memory, not read from a file. */
    public static final SourceSpan NONE = new SourceSpan(0, 0, 0, 0);

    public boolean isKnown() {
        return line > 0;
    }
}
