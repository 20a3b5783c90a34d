package org.vre.ui.lake;

import java.util.HashMap;
import java.util.Map;

import org.vre.ui.HumanBytes;

/**
 * A transfer event's detail as the transfers write it ({@code bytes=… seconds=… throughput=…MB/s protocol=…
 * [extra] [error=…]}), split into the columns the views show.
 */
record TransferDetail(long bytes, double seconds, double megabytesPerSecond, String protocol, String error) {

    static TransferDetail parse(String detail) {
        Map<String, String> fields = new HashMap<>();
        String text = detail == null ? "" : detail;
        int errorAt = text.indexOf(" error=");
        String error = errorAt >= 0 ? text.substring(errorAt + " error=".length()) : "";
        String head = errorAt >= 0 ? text.substring(0, errorAt) : text;
        for (String part : head.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return new TransferDetail(number(fields.get("bytes")), decimal(fields.get("seconds")),
                decimal(stripUnit(fields.get("throughput"))), fields.getOrDefault("protocol", "-"), error);
    }

    String size() {
        return HumanBytes.format(bytes);
    }

    String throughput() {
        return String.format(java.util.Locale.ROOT, "%.1f MB/s", megabytesPerSecond);
    }

    private static String stripUnit(String value) {
        return value == null ? null : value.replace("MB/s", "");
    }

    private static long number(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static double decimal(String value) {
        try {
            return value == null ? 0 : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
