package org.vre.workflow.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Replaces the chars {@code [start, end)} of a text with {@code replacement}. */
public record TextEdit(int start, int end, String replacement) {

    /** Applies non-overlapping edits to {@code text}; insertions at the same offset keep their order. */
    public static String apply(String text, List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return text;
        }
        List<TextEdit> sorted = new ArrayList<>(edits);
        // an insertion sorts before a deletion starting at the same offset
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int position = 0;
        for (TextEdit edit : sorted) {
            if (edit.start < position) {
                throw new IllegalStateException("overlapping edits at offset " + edit.start);
            }
            out.append(text, position, edit.start).append(edit.replacement);
            position = edit.end;
        }
        return out.append(text, position, text.length()).toString();
    }
}
