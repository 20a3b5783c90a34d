package org.vre.workflow.yaml;

import java.util.Arrays;

/** Turns char offsets of a text into 1-based line and column numbers. */
public final class LineIndex {

    private final int[] lineStarts;

    public LineIndex(CharSequence text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        lineStarts = Arrays.copyOf(starts, count);
    }

    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public SourceSpan span(int start, int end) {
        return new SourceSpan(start, end, line(start), column(start));
    }
}
