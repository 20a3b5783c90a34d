package org.vre.data.plot;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ROOT's TLatex subset that titles and axis labels use: {@code #mu}, {@code #chi} and the other Greek
 * letters, a few symbols ({@code #pm}, {@code #times}, {@code #rightarrow}...), {@code ^{...}} and
 * {@code _{...}} (also single characters), and {@code #font[n]{...}}, {@code #bf{}}, {@code #it{}}.
 * Rendered as an {@link AttributedString} with Unicode letters and real super/subscripts, or as plain
 * Unicode text where only a string can go (chart titles, file metadata).
 */
public final class LatexText {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
            Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("omicron", "ο"), Map.entry("pi", "π"),
            Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("upsilon", "υ"),
            Map.entry("phi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"), Map.entry("Upsilon", "Υ"),
            Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"), Map.entry("pm", "±"),
            Map.entry("mp", "∓"), Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("rightarrow", "→"),
            Map.entry("leftarrow", "←"), Map.entry("leq", "≤"), Map.entry("geq", "≥"), Map.entry("sim", "~"),
            Map.entry("approx", "≈"), Map.entry("neq", "≠"), Map.entry("infty", "∞"), Map.entry("sqrt", "√"),
            Map.entry("circ", "°"), Map.entry("ell", "ℓ"), Map.entry("partial", "∂"), Map.entry("int", "∫"));

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private static final String SUPER_FROM = "0123456789+-=()ni";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜ";
    private static final String SUB_FROM = "0123456789+-=()aeoxhklmnpst";

    /** A run of text with its vertical position and style. */
    record Run(String text, int shift, boolean bold, boolean italic) {
    }

    private LatexText() {
    }

    /** Styled text for axis labels; {@code base} gives family and size. */
    public static AttributedString attributed(String latex, Font base) {
        List<Run> runs = parse(latex);
        StringBuilder all = new StringBuilder();
        for (Run r : runs) {
            all.append(r.text());
        }
        if (all.length() == 0) {
            return new AttributedString(" ");
        }
        AttributedString out = new AttributedString(all.toString());
        out.addAttribute(TextAttribute.FAMILY, base.getFamily());
        out.addAttribute(TextAttribute.SIZE, (float) base.getSize());
        int at = 0;
        for (Run r : runs) {
            int end = at + r.text().length();
            if (end > at) {
                if (r.shift() != 0) {
                    out.addAttribute(TextAttribute.SUPERSCRIPT, r.shift() > 0 ? TextAttribute.SUPERSCRIPT_SUPER
                            : TextAttribute.SUPERSCRIPT_SUB, at, end);
                }
                if (r.bold()) {
                    out.addAttribute(TextAttribute.WEIGHT, TextAttribute.WEIGHT_BOLD, at, end);
                }
                if (r.italic()) {
                    out.addAttribute(TextAttribute.POSTURE, TextAttribute.POSTURE_OBLIQUE, at, end);
                }
            }
            at = end;
        }
        return out;
    }

    /** Plain Unicode: Greek letters, super/subscript digits where Unicode has them, else ^x and _x. */
    public static String plain(String latex) {
        StringBuilder out = new StringBuilder();
        for (Run r : parse(latex)) {
            if (r.shift() == 0) {
                out.append(r.text());
            } else {
                String from = r.shift() > 0 ? SUPER_FROM : SUB_FROM;
                String to = r.shift() > 0 ? SUPERSCRIPTS : SUBSCRIPTS;
                StringBuilder mapped = new StringBuilder();
                boolean all = true;
                for (char c : r.text().toCharArray()) {
                    int i = from.indexOf(c);
                    if (i < 0) {
                        all = false;
                        break;
                    }
                    mapped.append(to.charAt(i));
                }
                out.append(all ? mapped : (r.shift() > 0 ? "^" : "_") + r.text());
            }
        }
        return out.toString();
    }

    static List<Run> parse(String latex) {
        List<Run> runs = new ArrayList<>();
        parse(latex == null ? "" : latex, 0, false, false, runs, 0);
        return runs;
    }

    private static void parse(String s, int shift, boolean bold, boolean italic, List<Run> runs, int depth) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if ((c == '^' || c == '_') && i + 1 < s.length() && depth < 16) {
                flush(text, shift, bold, italic, runs);
                int newShift = c == '^' ? 1 : -1;
                if (s.charAt(i + 1) == '{') {
                    int close = matching(s, i + 1);
                    parse(s.substring(i + 2, close), newShift, bold, italic, runs, depth + 1);
                    i = close + 1;
                } else {
                    runs.add(new Run(String.valueOf(s.charAt(i + 1)), newShift, bold, italic));
                    i += 2;
                }
            } else if (c == '#' && i + 1 < s.length()) {
                int j = i + 1;
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                String command = s.substring(i + 1, j);
                if ((command.equals("font") || command.equals("color")) && j < s.length() && s.charAt(j) == '[') {
                    int closeBracket = s.indexOf(']', j);
                    String arg = closeBracket < 0 ? "" : s.substring(j + 1, closeBracket);
                    int open = closeBracket + 1;
                    if (closeBracket > 0 && open < s.length() && s.charAt(open) == '{' && depth < 16) {
                        flush(text, shift, bold, italic, runs);
                        int close = matching(s, open);
                        int font = command.equals("font") ? parseInt(arg) : 42;
                        boolean b = font / 10 == 2 || font / 10 == 6 || font / 10 == 7 || font / 10 == 3;
                        boolean it = font / 10 == 1 || font / 10 == 5 || font / 10 == 7 || font / 10 == 3;
                        parse(s.substring(open + 1, close), shift, command.equals("font") ? b : bold,
                                command.equals("font") ? it : italic, runs, depth + 1);
                        i = close + 1;
                        continue;
                    }
                }
                if ((command.equals("bf") || command.equals("it") || command.equals("mathrm")) && j < s.length()
                        && s.charAt(j) == '{' && depth < 16) {
                    flush(text, shift, bold, italic, runs);
                    int close = matching(s, j);
                    parse(s.substring(j + 1, close), shift, bold || command.equals("bf"), italic || command.equals("it"), runs, depth + 1);
                    i = close + 1;
                    continue;
                }
                String symbol = SYMBOLS.get(command);
                if (symbol != null) {
                    text.append(symbol);
                    i = j;
                    continue;
                }
                text.append(c);
                i++;
            } else if (c == '{' || c == '}') {
                i++; // grouping braces without a command
            } else {
                text.append(c);
                i++;
            }
        }
        flush(text, shift, bold, italic, runs);
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 42;
        }
    }

    private static int matching(String s, int open) {
        int level = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                level++;
            } else if (s.charAt(i) == '}') {
                level--;
                if (level == 0) {
                    return i;
                }
            }
        }
        return s.length();
    }

    private static void flush(StringBuilder text, int shift, boolean bold, boolean italic, List<Run> runs) {
        if (text.length() > 0) {
            runs.add(new Run(text.toString(), shift, bold, italic));
            text.setLength(0);
        }
    }
}
