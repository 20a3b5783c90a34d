package org.vre.lake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vre.core.VreException;

/**
 * A DID search filter in the style of {@code rucio list-dids --filter}: terms {@code key op value} joined by
 * {@code ,} or {@code and} (AND) and {@code ;} or {@code or} (OR; AND binds tighter). Operators
 * {@code = != < <= > >=}. Built-in keys: {@code type} (file, dataset, container, collection, all), {@code name}
 * (wildcards {@code *} and {@code ?}), {@code created_before}, {@code created_after} (ISO date or instant),
 * {@code length} (children of a collection), {@code bytes}, {@code account}, {@code guid}; any other key is
 * metadata, compared as a number when the value is one. A filter with no term matches everything.
 */
public record DidFilter(List<List<Term>> groups) {

    public DidFilter {
        groups = groups.stream().map(List::copyOf).toList();
    }

    public static DidFilter all() {
        return new DidFilter(List.of(List.of()));
    }

    /** One comparison; {@code position} is 1-based in the filter text, for messages. */
    public record Term(String key, Operator op, String value, int position) {
    }

    public enum Operator {
        EQ("="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    public static DidFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return all();
        }
        return new Parser(text).parse();
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        DidFilter parse() {
            List<List<Term>> groups = new ArrayList<>();
            List<Term> group = new ArrayList<>();
            while (true) {
                skipSpaces();
                group.add(term());
                skipSpaces();
                if (pos >= text.length()) {
                    break;
                }
                char c = text.charAt(pos);
                if (c == ',') {
                    pos++;
                } else if (c == ';') {
                    pos++;
                    groups.add(group);
                    group = new ArrayList<>();
                } else if (keyword("and")) {
                    pos += 3;
                } else if (keyword("or")) {
                    pos += 2;
                    groups.add(group);
                    group = new ArrayList<>();
                } else {
                    throw error("expected ',', ';', 'and' or 'or'");
                }
            }
            groups.add(group);
            return new DidFilter(groups);
        }

        private Term term() {
            int start = pos;
            while (pos < text.length() && isKeyChar(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a key (letters, digits, '_', '-', '.')");
            }
            String key = text.substring(start, pos).toLowerCase(Locale.ROOT);
            skipSpaces();
            Operator op = operator();
            skipSpaces();
            String value = value();
            return new Term(key, op, value, start + 1);
        }

        private Operator operator() {
            String rest = text.substring(pos);
            for (String symbol : new String[] {"!=", "<=", ">=", "==", "=", "<", ">"}) {
                if (rest.startsWith(symbol)) {
                    pos += symbol.length();
                    return switch (symbol) {
                        case "!=" -> Operator.NE;
                        case "<=" -> Operator.LE;
                        case ">=" -> Operator.GE;
                        case "<" -> Operator.LT;
                        case ">" -> Operator.GT;
                        default -> Operator.EQ;
                    };
                }
            }
            throw error("expected an operator (=, !=, <, <=, >, >=)");
        }

        private String value() {
            if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
                char quote = text.charAt(pos);
                int end = text.indexOf(quote, pos + 1);
                if (end < 0) {
                    throw error("unclosed quote");
                }
                String v = text.substring(pos + 1, end);
                pos = end + 1;
                return v;
            }
            int start = pos;
            if (pos < text.length() && "<>=!".indexOf(text.charAt(pos)) >= 0) {
                throw error("expected a value");
            }
            while (pos < text.length() && text.charAt(pos) != ',' && text.charAt(pos) != ';'
                    && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("expected a value");
            }
            return text.substring(start, pos);
        }

        private boolean keyword(String word) {
            int end = pos + word.length();
            return text.regionMatches(true, pos, word, 0, word.length())
                    && end < text.length() && Character.isWhitespace(text.charAt(end))
                    && pos > 0 && Character.isWhitespace(text.charAt(pos - 1));
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isKeyChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
        }

        private VreException error(String what) {
            return new VreException("filter '" + Names.printable(text) + "': " + what + " at position " + (pos + 1)
                    + "\n  " + Names.printable(text) + "\n  " + " ".repeat(pos) + "^");
        }
    }
}
