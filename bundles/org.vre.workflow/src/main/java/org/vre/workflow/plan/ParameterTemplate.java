package org.vre.workflow.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A command with {@code $name}, {@code ${name}} and {@code $$} placeholders, substituted exactly like Python's
 * {@code string.Template.substitute}, which REANA's serial engine uses: names are ASCII letters, digits and
 * underscores not starting with a digit; {@code $$} is a literal {@code $}; any other {@code $} (for example
 * {@code $(pwd)} or {@code $1}) is an invalid placeholder, and an undefined name is an error.
 */
public final class ParameterTemplate {

    /** A {@code $name} or {@code ${name}} at char {@code offset} of the text. */
    public record Placeholder(String name, int offset, boolean braced) {
    }

    private final String text;
    private final List<Placeholder> placeholders;
    private final List<Integer> invalid;

    private ParameterTemplate(String text, List<Placeholder> placeholders, List<Integer> invalid) {
        this.text = text;
        this.placeholders = List.copyOf(placeholders);
        this.invalid = List.copyOf(invalid);
    }

    public static ParameterTemplate parse(String text) {
        List<Placeholder> placeholders = new ArrayList<>();
        List<Integer> invalid = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('$', i)) >= 0) {
            if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
                i += 2;
                continue;
            }
            int nameEnd = identifierEnd(text, i + 1);
            if (nameEnd > i + 1) {
                placeholders.add(new Placeholder(text.substring(i + 1, nameEnd), i, false));
                i = nameEnd;
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int end = identifierEnd(text, i + 2);
                if (end > i + 2 && end < text.length() && text.charAt(end) == '}') {
                    placeholders.add(new Placeholder(text.substring(i + 2, end), i, true));
                    i = end + 1;
                    continue;
                }
            }
            invalid.add(i);
            i++;
        }
        return new ParameterTemplate(text, placeholders, invalid);
    }

    private static int identifierEnd(String text, int from) {
        if (from >= text.length() || !isIdentifierStart(text.charAt(from))) {
            return from;
        }
        int i = from + 1;
        while (i < text.length() && (isIdentifierStart(text.charAt(i)) || (text.charAt(i) >= '0' && text.charAt(i) <= '9'))) {
            i++;
        }
        return i;
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    public String text() {
        return text;
    }

    public List<Placeholder> placeholders() {
        return placeholders;
    }

    /** Char offsets of {@code $} signs that start no valid placeholder (Python raises "Invalid placeholder"). */
    public List<Integer> invalidOffsets() {
        return invalid;
    }

    /**
     * The text with every placeholder replaced.
     *
     * @throws TemplateException naming the first undefined parameter or invalid placeholder
     */
    public String substitute(Map<String, String> values) {
        if (!invalid.isEmpty()) {
            throw new TemplateException(null, invalid.get(0), "invalid placeholder '" + excerpt(invalid.get(0))
                    + "' at column " + (invalid.get(0) + 1) + " (write $$ for a literal $)");
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int position = 0;
        for (Placeholder p : placeholders) {
            String value = values.get(p.name());
            if (value == null) {
                throw new TemplateException(p.name(), p.offset(), "parameter '" + p.name() + "' is not defined");
            }
            appendUnescaped(out, text, position, p.offset());
            out.append(value);
            position = p.offset() + p.name().length() + (p.braced() ? 3 : 1);
        }
        appendUnescaped(out, text, position, text.length());
        return out.toString();
    }

    /** Copies literal text, turning {@code $$} into {@code $}. */
    private static void appendUnescaped(StringBuilder out, String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            out.append(c);
            if (c == '$' && k + 1 < to && text.charAt(k + 1) == '$') {
                k++;
            }
        }
    }

    private String excerpt(int offset) {
        return text.substring(offset, Math.min(text.length(), offset + 3));
    }

    /** A substitution that failed: the run would stop here. */
    public static final class TemplateException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String parameter;
        private final int offset;

        TemplateException(String parameter, int offset, String message) {
            super(message);
            this.parameter = parameter;
            this.offset = offset;
        }

        /** The undefined parameter, or null for an invalid placeholder. */
        public String parameter() {
            return parameter;
        }

        public int offset() {
            return offset;
        }
    }
}
