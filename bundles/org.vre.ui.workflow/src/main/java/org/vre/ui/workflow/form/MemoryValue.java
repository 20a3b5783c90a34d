package org.vre.ui.workflow.form;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Kubernetes memory quantity split into a number and a unit for the form ({@code 512Mi}, {@code 2Gi}). */
record MemoryValue(long amount, String unit) {

    static final String[] UNITS = {"Mi", "Gi", "Ki", "M", "G"};
    private static final Pattern QUANTITY = Pattern.compile("(\\d+)\\s*(Ki|Mi|Gi|Ti|K|M|G|T)?");

    /** The quantity as written, or null when the text is not a plain number with a unit. */
    static MemoryValue parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = QUANTITY.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        return new MemoryValue(Long.parseLong(m.group(1)), m.group(2) == null ? "" : m.group(2));
    }

    @Override
    public String toString() {
        return amount + unit;
    }
}
