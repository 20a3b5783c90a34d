package org.vre.lake.internal;

/** Turns user wildcards into SQL LIKE patterns with {@code \} as the escape character. */
final class Like {

    private Like() {
    }

    static String escape(String literal) {
        return literal.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** {@code *} matches any run of characters, {@code ?} one character; everything else is literal. */
    static String fromWildcard(String pattern) {
        StringBuilder out = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> out.append('%');
                case '?' -> out.append('_');
                case '%', '_', '\\' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static boolean hasWildcard(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }
}
