package org.vre.workflow.internal;

import java.util.regex.Pattern;

import org.vre.workflow.yaml.ScalarStyle;
import org.vre.workflow.yaml.PyYamlScalarResolver;
import org.vre.workflow.yaml.ScalarType;

/** Writes a string as a YAML scalar that reads back as the same string, in the style asked for when it allows. */
public final class ScalarText {

    private static final Pattern PLAIN_SAFE = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^\\n\\r\\t]*");

    /** Numbers of the YAML 1.2 core schema, which other tools (and later REANA versions) may read files with. */
    private static final Pattern YAML12_NUMBER = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private ScalarText() {
    }

    /** {@code value} as a string scalar: plain when YAML (1.1 and 1.2) reads it back as this string, quoted otherwise. */
    public static String string(String value, ScalarStyle preferred, boolean inFlow) {
        boolean control = value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f || c == 0x85
                || c == 0x2028 || c == 0x2029 || c == 0xFEFF);
        if (control || preferred == ScalarStyle.DOUBLE_QUOTED) {
            return doubleQuoted(value);
        }
        if (preferred == ScalarStyle.SINGLE_QUOTED || !isPlainSafe(value, inFlow)) {
            return "'" + value.replace("'", "''") + "'";
        }
        return value;
    }

    /** Whether {@code value} can be written unquoted and still read back as this exact string. */
    public static boolean isPlainSafe(String value, boolean inFlow) {
        if (value.isEmpty() || !value.equals(value.strip()) || !PLAIN_SAFE.matcher(value).matches()) {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
            return false;
        }
        if (inFlow && value.chars().anyMatch(c -> c == ',' || c == '[' || c == ']' || c == '{' || c == '}')) {
            return false;
        }
        if (value.startsWith("---") || value.startsWith("...")) {
            return false;
        }
        // must not look like a number, boolean, null or date to YAML 1.1 (REANA) nor to YAML 1.2 readers
        return PyYamlScalarResolver.resolvePlain(value) == ScalarType.STRING && !YAML12_NUMBER.matcher(value).matches();
    }

    public static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
