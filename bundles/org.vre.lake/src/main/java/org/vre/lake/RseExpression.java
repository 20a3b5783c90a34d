package org.vre.lake;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.vre.core.VreException;

/**
 * Rucio's RSE expression: primitives are an RSE name (or an attribute set to true), {@code key=value},
 * {@code key<number}, {@code key>number} and {@code *}; operators {@code |} union, {@code &} intersection,
 * {@code \} complement (difference), all of equal precedence and applied left to right as in Rucio, with
 * parentheses to group. Every RSE also has the implicit attribute {@code rse=<NAME>}.
 */
public final class RseExpression {

    private final String text;
    private final Node root;

    private RseExpression(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses an expression; a syntax error names the position and shows a caret under it. */
    public static RseExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new VreException("RSE expression is empty");
        }
        return new RseExpression(text, new Parser(text).parseAll());
    }

    public String text() {
        return text;
    }

    /** The names of the matching RSEs, sorted; fails when none matches (as Rucio does). */
    public Set<String> evaluate(Collection<Rse> rses) {
        Set<String> result = matching(rses);
        if (result.isEmpty()) {
            throw new VreException("RSE expression '" + text + "' matches no RSE (known RSEs: "
                    + rses.stream().map(Rse::name).sorted().limit(20).toList() + ")");
        }
        return result;
    }

    /** Like {@link #evaluate} but an empty answer is allowed. */
    public Set<String> matching(Collection<Rse> rses) {
        Map<String, Map<String, String>> attributes = new TreeMap<>();
        for (Rse rse : rses) {
            attributes.put(rse.name(), rse.attributes());
        }
        return root.eval(attributes);
    }

    @Override
    public String toString() {
        return text;
    }

    private interface Node {
        Set<String> eval(Map<String, Map<String, String>> rses);
    }

    private record All() implements Node {
        @Override
        public Set<String> eval(Map<String, Map<String, String>> rses) {
            return new TreeSet<>(rses.keySet());
        }
    }

    /** A bare word: the RSE of that name, or every RSE whose attribute of that name is true. */
    private record Word(String word) implements Node {
        @Override
        public Set<String> eval(Map<String, Map<String, String>> rses) {
            Set<String> out = new TreeSet<>();
            rses.forEach((name, attrs) -> {
                String flag = attrs.get(word);
                if (name.equals(word) || (flag != null && isTrue(flag))) {
                    out.add(name);
                }
            });
            return out;
        }

        private static boolean isTrue(String v) {
            String t = v.toLowerCase(Locale.ROOT);
            return t.equals("true") || t.equals("1") || t.equals("yes");
        }
    }

    private record Compare(String key, char op, String value) implements Node {
        @Override
        public Set<String> eval(Map<String, Map<String, String>> rses) {
            Set<String> out = new TreeSet<>();
            rses.forEach((name, attrs) -> {
                String actual = key.equals("rse") ? name : attrs.get(key);
                if (actual != null && test(actual)) {
                    out.add(name);
                }
            });
            return out;
        }

        private boolean test(String actual) {
            if (op == '=') {
                return actual.equals(value) || actual.equalsIgnoreCase(value) && isBoolean(value);
            }
            double a;
            try {
                a = Double.parseDouble(actual);
            } catch (NumberFormatException e) {
                return false; // a non-numeric attribute never satisfies a numeric comparison
            }
            double v = Double.parseDouble(value);
            return op == '<' ? a < v : a > v;
        }

        private static boolean isBoolean(String v) {
            return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
        }
    }

    private record Binary(char op, Node left, Node right) implements Node {
        @Override
        public Set<String> eval(Map<String, Map<String, String>> rses) {
            Set<String> l = left.eval(rses);
            Set<String> r = right.eval(rses);
            switch (op) {
                case '|' -> l.addAll(r);
                case '&' -> l.retainAll(r);
                default -> l.removeAll(r);
            }
            return l;
        }
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Node parseAll() {
            Node node = expression();
            skipSpaces();
            if (pos < text.length()) {
                throw error(text.charAt(pos) == ')' ? "')' without matching '('" : "unexpected '" + text.charAt(pos) + "'");
            }
            return node;
        }

        private Node expression() {
            Node left = term();
            while (true) {
                skipSpaces();
                if (pos >= text.length()) {
                    return left;
                }
                char c = text.charAt(pos);
                if (c != '|' && c != '&' && c != '\\') {
                    return left;
                }
                pos++;
                left = new Binary(c, left, term());
            }
        }

        private Node term() {
            skipSpaces();
            if (pos >= text.length()) {
                throw error("expression ends where an RSE, attribute or '(' was expected");
            }
            char c = text.charAt(pos);
            if (c == '(') {
                int open = pos;
                pos++;
                Node inner = expression();
                skipSpaces();
                if (pos >= text.length() || text.charAt(pos) != ')') {
                    throw error("missing ')' for the '(' at position " + (open + 1));
                }
                pos++;
                return inner;
            }
            if (c == '*') {
                pos++;
                return new All();
            }
            int start = pos;
            while (pos < text.length() && isWordChar(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("unexpected '" + c + "' where an RSE, attribute or '(' was expected");
            }
            String key = text.substring(start, pos);
            if (pos < text.length() && "=<>".indexOf(text.charAt(pos)) >= 0) {
                char op = text.charAt(pos);
                pos++;
                int valueStart = pos;
                while (pos < text.length() && isValueChar(text.charAt(pos))) {
                    pos++;
                }
                if (valueStart == pos) {
                    throw error("missing value after '" + op + "'");
                }
                String value = text.substring(valueStart, pos);
                if (op != '=') {
                    try {
                        Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        pos = valueStart;
                        throw error("'" + op + "' needs a number, got '" + value + "'");
                    }
                }
                return new Compare(key, op, value);
            }
            return new Word(key);
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private static boolean isWordChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                    || c == '.';
        }

        private static boolean isValueChar(char c) {
            return isWordChar(c) || c == ':' || c == '/';
        }

        private VreException error(String what) {
            return new VreException("RSE expression '" + Names.printable(text) + "': " + what + " at position "
                    + (pos + 1) + "\n  " + Names.printable(text) + "\n  " + " ".repeat(pos) + "^");
        }
    }
}
