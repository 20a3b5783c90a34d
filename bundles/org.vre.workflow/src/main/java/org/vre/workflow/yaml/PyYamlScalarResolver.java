package org.vre.workflow.yaml;

import java.util.regex.Pattern;

/**
 * Resolves plain scalars the way PyYAML's SafeLoader does (YAML 1.1): REANA reads reana.yaml with it, so
 * {@code yes} is a boolean, {@code 1e5} a string and {@code 0.8} a number, as REANA would see them.
 */
public final class PyYamlScalarResolver {

    private static final Pattern BOOL = Pattern.compile(
            "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                    + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    private static final Pattern INT = Pattern.compile(
            "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern TIMESTAMP = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
                    + "(?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?");

    private PyYamlScalarResolver() {
    }

    public static ScalarType resolvePlain(String value) {
        if (value.isEmpty()) {
            return ScalarType.NULL;
        }
        char c = value.charAt(0);
        // cheap first-character dispatch keeps big files fast: most scalars are words
        if (Character.isLetter(c) && c != 'y' && c != 'Y' && c != 'n' && c != 'N' && c != 't' && c != 'T'
                && c != 'f' && c != 'F' && c != 'o' && c != 'O') {
            return ScalarType.STRING;
        }
        if (BOOL.matcher(value).matches()) {
            return ScalarType.BOOLEAN;
        }
        if (NULL.matcher(value).matches()) {
            return ScalarType.NULL;
        }
        if (INT.matcher(value).matches()) {
            return ScalarType.INTEGER;
        }
        if (FLOAT.matcher(value).matches()) {
            return ScalarType.FLOAT;
        }
        if (TIMESTAMP.matcher(value).matches()) {
            return ScalarType.TIMESTAMP;
        }
        return ScalarType.STRING;
    }

    /** The type an explicit tag asks for, or null when the tag is not a core one. */
    static ScalarType resolveTag(String tag) {
        return switch (tag) {
            case "tag:yaml.org,2002:str" -> ScalarType.STRING;
            case "tag:yaml.org,2002:int" -> ScalarType.INTEGER;
            case "tag:yaml.org,2002:float" -> ScalarType.FLOAT;
            case "tag:yaml.org,2002:bool" -> ScalarType.BOOLEAN;
            case "tag:yaml.org,2002:null" -> ScalarType.NULL;
            case "tag:yaml.org,2002:timestamp" -> ScalarType.TIMESTAMP;
            default -> null;
        };
    }
}
