package org.vre.lake;

import java.util.regex.Pattern;

import org.vre.core.VreException;

/**
 * Rucio's naming rules for accounts, scopes, DID names and RSEs. Each check says why a name is refused,
 * because users paste names from scripts and need to see the offending character.
 */
public final class Names {

    public static final int MAX_ACCOUNT = 25;
    public static final int MAX_SCOPE = 25;
    public static final int MAX_NAME = 250;
    public static final int MAX_RSE = 255;

    private static final Pattern ACCOUNT = Pattern.compile("[a-z0-9_\\-]+");
    private static final Pattern SCOPE = Pattern.compile("[a-zA-Z_\\-.0-9]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-+=]*");
    private static final Pattern RSE = Pattern.compile("[A-Z0-9]+([_\\-][A-Z0-9]+)*");
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z0-9_\\-.]+");

    private Names() {
    }

    public static String checkAccount(String account) {
        checkCommon("account", account, MAX_ACCOUNT);
        if (!ACCOUNT.matcher(account).matches()) {
            throw new VreException("account '" + printable(account)
                    + "' is refused: use lower-case letters, digits, '_' and '-'");
        }
        return account;
    }

    public static String checkScope(String scope) {
        checkCommon("scope", scope, MAX_SCOPE);
        if (scope.equals(".") || scope.equals("..")) {
            throw new VreException("scope '" + scope + "' is refused: it would be a path traversal");
        }
        if (!SCOPE.matcher(scope).matches()) {
            throw new VreException("scope '" + printable(scope)
                    + "' is refused: use letters, digits, '_', '-' and '.'");
        }
        return scope;
    }

    public static String checkDidName(String name) {
        checkCommon("name", name, MAX_NAME);
        if (name.startsWith("/")) {
            throw new VreException("name '" + printable(name) + "' is refused: it is an absolute path");
        }
        for (String segment : name.split("[/\\\\]", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new VreException("name '" + printable(name) + "' is refused: it contains '" + segment
                        + "' (path traversal)");
            }
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':') {
                throw new VreException("name '" + printable(name) + "' is refused: '" + c
                        + "' at position " + (i + 1) + " is not allowed in a name");
            }
        }
        if (!NAME.matcher(name).matches()) {
            int bad = firstMismatch(name);
            throw new VreException("name '" + printable(name) + "' is refused: "
                    + (bad == 0 ? "it must start with a letter or digit"
                            : "'" + name.charAt(bad) + "' at position " + (bad + 1) + " is not allowed")
                    + " (letters, digits, '.', '_', '-', '+', '=')");
        }
        return name;
    }

    public static String checkRse(String rse) {
        checkCommon("RSE name", rse, MAX_RSE);
        if (!RSE.matcher(rse).matches()) {
            throw new VreException("RSE name '" + printable(rse)
                    + "' is refused: use upper-case letters and digits separated by '-' or '_' (e.g. EULAKE-1)");
        }
        return rse;
    }

    public static String checkAttributeKey(String key) {
        checkCommon("attribute key", key, 255);
        if (!ATTRIBUTE_KEY.matcher(key).matches()) {
            throw new VreException("attribute key '" + printable(key)
                    + "' is refused: use letters, digits, '_', '-' and '.'");
        }
        return key;
    }

    private static void checkCommon(String what, String value, int max) {
        if (value == null || value.isEmpty()) {
            throw new VreException(what + " is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                throw new VreException(what + " '" + printable(value) + "' is refused: it contains NUL at position "
                        + (i + 1));
            }
            if (Character.isISOControl(c)) {
                throw new VreException(what + " '" + printable(value)
                        + "' is refused: it contains a control character at position " + (i + 1));
            }
        }
        if (value.length() > max) {
            throw new VreException(what + " '" + printable(value.substring(0, Math.min(40, value.length()))) + "...' is refused: it has "
                    + value.length() + " characters, at most " + max + " are allowed");
        }
    }

    private static int firstMismatch(String name) {
        if (!Character.isLetterOrDigit(name.charAt(0)) || name.charAt(0) > 127) {
            return 0;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!NAME.matcher("a" + name.charAt(i)).matches()) {
                return i;
            }
        }
        return 0;
    }

    /** Shows control characters as escapes so an error message never corrupts a terminal. */
    public static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
