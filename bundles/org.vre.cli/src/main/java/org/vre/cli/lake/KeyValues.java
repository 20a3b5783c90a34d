package org.vre.cli.lake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.core.VreException;

/** Parses {@code key=value} arguments; metadata values that look like numbers or booleans get those types. */
final class KeyValues {

    private KeyValues() {
    }

    static Map<String, String> strings(List<String> pairs, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        if (pairs == null) {
            return out;
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new VreException(what + " '" + pair + "' is not key=value");
            }
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    static Map<String, Object> typed(List<String> pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        strings(pairs, "metadata").forEach((k, v) -> out.put(k, typedValue(v)));
        return out;
    }

    static Object typedValue(String v) {
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        if (v.matches("-?\\d{1,18}")) {
            return Long.valueOf(v);
        }
        if (v.matches("-?\\d+\\.\\d*([eE][-+]?\\d+)?")) {
            return Double.valueOf(v);
        }
        return v;
    }
}
