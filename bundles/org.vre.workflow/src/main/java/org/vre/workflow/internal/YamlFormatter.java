package org.vre.workflow.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.vre.core.VreException;
import org.vre.workflow.yaml.ScalarStyle;
import org.vre.workflow.yaml.ScalarType;
import org.vre.workflow.yaml.YamlAlias;
import org.vre.workflow.yaml.YamlDocument;
import org.vre.workflow.yaml.YamlEntry;
import org.vre.workflow.yaml.YamlLimits;
import org.vre.workflow.yaml.YamlMapping;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlScalar;
import org.vre.workflow.yaml.YamlSequence;
import org.vre.workflow.yaml.YamlTreeParser;

/**
 * Rewrites a YAML document in one layout: block style, two spaces per level, list items indented under their key,
 * scalars plain where that reads back the same. Comments are kept next to what they annotated. The result is
 * parsed again and compared with the original; if anything would change meaning or lose a comment, nothing is
 * written and the user is told why.
 */
public final class YamlFormatter {

    private final YamlLimits limits;
    private String text;
    private String newline;
    private List<Comment> comments;
    private int nextComment;
    private StringBuilder out;
    private int lastSourceLine;
    private YamlDocument document;

    public YamlFormatter(YamlLimits limits) {
        this.limits = limits;
    }

    /** A comment: where its {@code #} is, its text, and whether code precedes it on its line. */
    private record Comment(int offset, int line, boolean trailing, String text) {
    }

    public String format(YamlDocument document) {
        this.document = document;
        this.text = document.text();
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        this.comments = findComments(document);
        this.nextComment = 0;
        this.out = new StringBuilder(text.length() + 64);
        this.lastSourceLine = 0;
        YamlNode root = document.root();
        if (root != null) {
            flushComments(root.span().start(), 0);
            if (out.length() > 0) {
                out.append(newline); // the document starts below its leading comments
            }
            lastSourceLine = document.lines().line(root.span().start());
            if (root instanceof YamlMapping m && !m.entries().isEmpty()) {
                mapping(m, 0, true);
            } else if (root instanceof YamlSequence s && !s.items().isEmpty()) {
                sequence(s, 0, true);
            } else {
                out.append(anchorPrefix(root).strip());
                item(root, 0);
            }
        }
        flushComments(Integer.MAX_VALUE, 0);
        String result = out.toString().replaceFirst("^(\r?\n)+", "");
        if (!result.isEmpty() && !result.endsWith("\n")) {
            result += newline;
        }
        verify(document, result);
        return result;
    }

    private void mapping(YamlMapping m, int indent, boolean inline) {
        boolean first = true;
        for (YamlEntry e : m.entries()) {
            if (!(first && inline)) {
                newLine(indent, e.key().span().start());
            }
            first = false;
            YamlNode key = e.key();
            if (!(key instanceof YamlScalar keyScalar)) {
                throw new VreException(document.source() + ":" + key.span().line() + ":" + key.span().column()
                        + ": cannot format a file with a complex (non-scalar) key");
            }
            out.append(anchorPrefix(key).stripLeading()).append(scalar(keyScalar, indent)).append(':');
            lastSourceLine = key.span().line();
            value(e.value(), indent);
        }
    }

    private void sequence(YamlSequence s, int indent, boolean inline) {
        boolean first = true;
        for (YamlNode itemNode : s.items()) {
            if (!(first && inline)) {
                newLine(indent, itemNode.span().start());
            }
            first = false;
            out.append("- ");
            lastSourceLine = itemNode.span().line();
            if (itemNode.anchor() != null && !(itemNode instanceof YamlScalar)) {
                out.append('&').append(itemNode.anchor());
                if (itemNode instanceof YamlMapping m && !m.entries().isEmpty()) {
                    mapping(m, indent + 2, false);
                    continue;
                }
                if (itemNode instanceof YamlSequence seq && !seq.items().isEmpty()) {
                    sequence(seq, indent + 2, false);
                    continue;
                }
                out.append(' ');
            }
            item(itemNode, indent + 2);
        }
    }

    /** A node right after {@code "- "} (or alone at the top). */
    private void item(YamlNode node, int indent) {
        if (node instanceof YamlAlias alias) {
            out.append('*').append(alias.name());
        } else if (node instanceof YamlScalar s) {
            out.append(anchorPrefix(s).stripLeading()).append(scalar(s, indent - 2));
        } else if (node instanceof YamlMapping m) {
            if (m.entries().isEmpty()) {
                out.append("{}");
            } else {
                mapping(m, indent, true);
            }
        } else if (node instanceof YamlSequence s) {
            if (s.items().isEmpty()) {
                out.append("[]");
            } else {
                sequence(s, indent, true);
            }
        }
    }

    /** A node right after {@code "key:"}. */
    private void value(YamlNode node, int indent) {
        if (node instanceof YamlAlias alias) {
            out.append(" *").append(alias.name());
        } else if (node instanceof YamlScalar s) {
            if (s.type() == ScalarType.NULL && s.value().isEmpty() && s.anchor() == null) {
                return; // "key:" stays "key:"
            }
            out.append(anchorPrefix(s)).append(' ').append(scalar(s, indent));
        } else if (node instanceof YamlMapping m) {
            out.append(anchorPrefix(m));
            if (m.entries().isEmpty()) {
                out.append(" {}");
            } else {
                mapping(m, indent + 2, false);
            }
        } else if (node instanceof YamlSequence s) {
            out.append(anchorPrefix(s));
            if (s.items().isEmpty()) {
                out.append(" []");
            } else {
                sequence(s, indent + 2, false);
            }
        }
    }

    private static String anchorPrefix(YamlNode node) {
        return node.anchor() == null ? "" : " &" + node.anchor();
    }

    /** A scalar's text; {@code indent} is the indentation of the line holding it (block scalars go deeper). */
    private String scalar(YamlScalar s, int indent) {
        if (s.style() == ScalarStyle.LITERAL || s.style() == ScalarStyle.FOLDED) {
            return blockScalar(s, indent + 2);
        }
        if (s.type() != ScalarType.STRING) {
            return s.style() == ScalarStyle.PLAIN ? s.value() : ScalarText.string(s.value(), s.style(), false);
        }
        ScalarStyle style = s.style() == ScalarStyle.PLAIN ? ScalarStyle.PLAIN : s.style();
        return ScalarText.string(s.value(), style, false);
    }

    /** A literal or folded scalar: its header and its lines moved to the new indentation, unchanged otherwise. */
    private String blockScalar(YamlScalar s, int contentIndent) {
        int start = s.span().start();
        while (start < text.length() && text.charAt(start) != '|' && text.charAt(start) != '>') {
            start++;
        }
        int headerEnd = text.indexOf('\n', start);
        if (headerEnd < 0 || headerEnd >= s.span().end()) {
            return ScalarText.doubleQuoted(s.value());
        }
        String header = text.substring(start, headerEnd).replaceFirst("\\s*#.*$", "").strip();
        if (header.matches(".*[1-9].*")) {
            return ScalarText.doubleQuoted(s.value()); // explicit indentation: quoting is simpler and exact
        }
        String body = text.substring(headerEnd + 1, s.span().end());
        String[] lines = body.split("\r?\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isBlank()) {
            count--; // the break after the last line is written by whatever follows
        }
        int oldIndent = Integer.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            if (!lines[i].isBlank()) {
                oldIndent = Math.min(oldIndent, lines[i].length() - lines[i].stripLeading().length());
            }
        }
        StringBuilder block = new StringBuilder(header);
        for (int i = 0; i < count; i++) {
            block.append(newline);
            if (!lines[i].isBlank()) {
                block.append(" ".repeat(contentIndent)).append(lines[i].substring(oldIndent));
            }
        }
        lastSourceLine = document.lines().line(Math.max(s.span().start(), s.span().end() - 1));
        return block.toString();
    }

    private void newLine(int indent, int sourceOffset) {
        flushComments(sourceOffset, indent);
        out.append(newline).append(" ".repeat(indent));
    }

    /** Writes the comments that come before {@code offset}: trailing ones stay on their line. */
    private void flushComments(int offset, int indent) {
        while (nextComment < comments.size() && comments.get(nextComment).offset() < offset) {
            Comment c = comments.get(nextComment++);
            if (c.trailing() && c.line() == lastSourceLine && out.length() > 0) {
                out.append("  ").append(c.text());
            } else {
                out.append(newline).append(" ".repeat(indent)).append(c.text());
                lastSourceLine = c.line();
            }
        }
    }

    /** Comments are the {@code #...} runs outside every scalar, at a line start or after a blank. */
    private List<Comment> findComments(YamlDocument doc) {
        List<int[]> scalars = new ArrayList<>();
        collectScalarSpans(doc.root(), scalars, 0);
        scalars.sort(Comparator.comparingInt(a -> a[0]));
        List<Comment> found = new ArrayList<>();
        int s = 0;
        for (int i = 0; i < text.length(); i++) {
            while (s < scalars.size() && scalars.get(s)[1] <= i) {
                s++;
            }
            if (s < scalars.size() && scalars.get(s)[0] <= i && i < scalars.get(s)[1]) {
                i = scalars.get(s)[1] - 1;
                continue;
            }
            char c = text.charAt(i);
            if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int end = i;
                while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                int lineStart = doc.lines().lineStart(doc.lines().line(i));
                boolean trailing = !text.substring(lineStart, i).isBlank();
                found.add(new Comment(i, doc.lines().line(i), trailing, text.substring(i, end).stripTrailing()));
                i = end;
            } else if (c == '"' || c == '\'') {
                // a quote outside any scalar span cannot happen in a parsed document; stay safe and skip it
                continue;
            }
        }
        return found;
    }

    private static void collectScalarSpans(YamlNode node, List<int[]> spans, int depth) {
        if (node instanceof YamlScalar s) {
            spans.add(new int[] {s.span().start(), s.span().end()});
        } else if (node instanceof YamlMapping m) {
            for (YamlEntry e : m.entries()) {
                collectScalarSpans(e.key(), spans, depth + 1);
                collectScalarSpans(e.value(), spans, depth + 1);
            }
        } else if (node instanceof YamlSequence seq) {
            for (YamlNode item : seq.items()) {
                collectScalarSpans(item, spans, depth + 1);
            }
        }
    }

    private void verify(YamlDocument original, String result) {
        YamlDocument reread;
        try {
            reread = new YamlTreeParser(limits).parse(original.source(), result);
        } catch (VreException e) {
            throw new VreException(original.source() + ": cannot format: the normalised text would not parse ("
                    + e.getMessage() + "); the file is left unchanged");
        }
        String difference = difference(original.root(), reread.root(), "");
        if (difference != null) {
            throw new VreException(original.source() + ": cannot format: normalising would change " + difference
                    + "; the file is left unchanged");
        }
        int before = comments.size();
        int after = new YamlFormatter(limits).countComments(reread);
        if (before != after) {
            throw new VreException(original.source() + ": cannot format: normalising would lose comments ("
                    + before + " before, " + after + " after); the file is left unchanged");
        }
    }

    private int countComments(YamlDocument doc) {
        this.text = doc.text();
        return findComments(doc).size();
    }

    /** Null when both trees hold the same data, else where they differ. */
    private static String difference(YamlNode a, YamlNode b, String path) {
        if (a == null || b == null) {
            return a == b ? null : "the document at " + (path.isEmpty() ? "the top" : path);
        }
        if (a instanceof YamlAlias x) {
            return b instanceof YamlAlias y && x.name().equals(y.name()) ? null : "an alias at " + path;
        }
        if (a instanceof YamlScalar x) {
            return b instanceof YamlScalar y && x.type() == y.type() && (x.value().equals(y.value())
                    || x.type() != ScalarType.STRING && x.value().strip().equals(y.value().strip()))
                    && java.util.Objects.equals(x.anchor(), y.anchor()) ? null : "the value at " + path;
        }
        if (a instanceof YamlSequence x) {
            if (!(b instanceof YamlSequence y) || x.items().size() != y.items().size()) {
                return "the list at " + path;
            }
            for (int i = 0; i < x.items().size(); i++) {
                String d = difference(x.items().get(i), y.items().get(i), path + "/" + i);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        YamlMapping x = (YamlMapping) a;
        if (!(b instanceof YamlMapping y) || x.entries().size() != y.entries().size()) {
            return "the mapping at " + path;
        }
        for (int i = 0; i < x.entries().size(); i++) {
            String key = x.entries().get(i).keyText();
            String d = difference(x.entries().get(i).key(), y.entries().get(i).key(), path + "/" + key);
            if (d == null) {
                d = difference(x.entries().get(i).value(), y.entries().get(i).value(), path + "/" + key);
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
