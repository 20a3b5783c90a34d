package org.vre.engine.local;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vre.core.VreException;

/** Kubernetes quantities ({@code 256Mi}, {@code 9Gi}, {@code 1G}, {@code 500M}, plain bytes) and their display. */
public final class MemorySize {

    private static final Pattern QUANTITY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(Ki|Mi|Gi|Ti|k|K|M|G|T)?");

    private MemorySize() {
    }

    /** Bytes in a quantity; a malformed one is a user error naming the field. */
    public static long parse(String text, String field) {
        Matcher m = QUANTITY.matcher(text.trim());
        if (!m.matches()) {
            throw new VreException(field + ": '" + text + "' is not a memory size (write e.g. 256Mi or 9Gi)");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "" : m.group(2);
        long factor = switch (unit) {
            case "Ki" -> 1L << 10;
            case "Mi" -> 1L << 20;
            case "Gi" -> 1L << 30;
            case "Ti" -> 1L << 40;
            case "k", "K" -> 1_000L;
            case "M" -> 1_000_000L;
            case "G" -> 1_000_000_000L;
            case "T" -> 1_000_000_000_000L;
            default -> 1L;
        };
        return (long) (value * factor);
    }

    /** {@code 301Mi}: mebibytes below a gibibyte, else gibibytes with one decimal. */
    public static String format(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1fGi", bytes / (double) (1L << 30));
        }
        return Math.round(bytes / (double) (1L << 20)) + "Mi";
    }
}
