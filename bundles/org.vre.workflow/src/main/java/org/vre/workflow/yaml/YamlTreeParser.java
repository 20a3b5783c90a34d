package org.vre.workflow.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Builds a {@link YamlDocument} from snakeyaml-engine's event stream. Composing ourselves (instead of using the
 * engine's Composer) gives char-offset spans for every node, bounded depth without recursion, and aliases that
 * are kept as references rather than expanded, so an alias bomb costs nothing to read.
 */
public final class YamlTreeParser {

    private final YamlLimits limits;

    public YamlTreeParser(YamlLimits limits) {
        this.limits = limits;
    }

    public YamlTreeParser() {
        this(YamlLimits.DEFAULT);
    }

    /** Parses {@code text}; {@code source} names the file in messages. */
    public YamlDocument parse(String source, String text) {
        LineIndex lines = new LineIndex(text);
        if (text.length() > limits.maxChars()) {
            throw new YamlSyntaxException(source, 1, 1, "the file is too large (" + text.length()
                    + " characters, at most " + limits.maxChars() + " are read)");
        }
        int bom = text.startsWith("\uFEFF") ? 1 : 0;
        String body = bom == 0 ? text : text.substring(1);
        OffsetMap offsets = new OffsetMap(body, bom);
        LoadSettings settings = LoadSettings.builder().setLabel(source).setUseMarks(true)
                .setCodePointLimit(Math.max(limits.maxChars(), 1)).setAllowDuplicateKeys(true).build();
        Builder builder = new Builder(source, lines, offsets);
        try {
            for (Event event : new Parse(settings).parseString(body)) {
                builder.accept(event);
            }
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            int offset = mark == null ? 0 : offsets.charOffset(mark.getIndex());
            String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
            if (e.getContext() != null) {
                problem = problem + " (" + e.getContext() + ")";
            }
            throw new YamlSyntaxException(source, lines.line(offset), lines.column(offset), "malformed YAML: " + problem);
        } catch (YamlEngineException e) {
            throw new YamlSyntaxException(source, 1, 1, "malformed YAML: " + e.getMessage());
        }
        return new YamlDocument(source, text, builder.root, lines);
    }

    /** Code point indexes (what snakeyaml marks count) to char offsets (what String and edits use). */
    private static final class OffsetMap {
        private final int shift;
        private final int[] charOfCodePoint;

        OffsetMap(String body, int shift) {
            this.shift = shift;
            int count = body.codePointCount(0, body.length());
            if (count == body.length()) {
                charOfCodePoint = null;
            } else {
                charOfCodePoint = new int[count + 1];
                int c = 0;
                for (int i = 0; i < count; i++) {
                    charOfCodePoint[i] = c;
                    c += Character.charCount(body.codePointAt(c));
                }
                charOfCodePoint[count] = c;
            }
        }

        int charOffset(int codePointIndex) {
            if (charOfCodePoint == null) {
                return codePointIndex + shift;
            }
            int i = Math.min(Math.max(codePointIndex, 0), charOfCodePoint.length - 1);
            return charOfCodePoint[i] + shift;
        }
    }

    /** A mapping or sequence whose end event has not come yet. */
    private static final class Open {
        final boolean mapping;
        final boolean flow;
        final String anchor;
        final int start;
        final List<YamlNode> children = new ArrayList<>();

        Open(boolean mapping, boolean flow, String anchor, int start) {
            this.mapping = mapping;
            this.flow = flow;
            this.anchor = anchor;
            this.start = start;
        }
    }

    private final class Builder {
        private final String source;
        private final LineIndex lines;
        private final OffsetMap offsets;
        private final Deque<Open> stack = new ArrayDeque<>();
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private YamlNode root;
        private int documents;
        private int nodes;
        private int aliases;

        Builder(String source, LineIndex lines, OffsetMap offsets) {
            this.source = source;
            this.lines = lines;
            this.offsets = offsets;
        }

        void accept(Event event) {
            switch (event.getEventId()) {
                case DocumentStart -> {
                    if (++documents > 1) {
                        throw error(start(event), "more than one YAML document: a specification is a single document");
                    }
                }
                case MappingStart, SequenceStart -> open((CollectionStartEvent) event);
                case MappingEnd, SequenceEnd -> close(event);
                case Scalar -> add(scalar((ScalarEvent) event));
                case Alias -> add(alias((AliasEvent) event));
                default -> {
                    // stream and document ends, comments: nothing to build
                }
            }
        }

        private void open(CollectionStartEvent event) {
            if (stack.size() >= limits.maxDepth()) {
                throw error(start(event), "nesting too deep (more than " + limits.maxDepth() + " levels)");
            }
            count(event);
            stack.push(new Open(event.getEventId() == Event.ID.MappingStart, event.isFlow(), anchorOf(event),
                    start(event)));
        }

        private void close(Event event) {
            Open open = stack.pop();
            SourceSpan span = lines.span(open.start, end(event));
            YamlNode node;
            if (open.mapping) {
                List<YamlEntry> entries = new ArrayList<>(open.children.size() / 2);
                for (int i = 0; i + 1 < open.children.size(); i += 2) {
                    entries.add(new YamlEntry(open.children.get(i), open.children.get(i + 1)));
                }
                node = new YamlMapping(entries, open.flow, open.anchor, span);
            } else {
                node = new YamlSequence(open.children, open.flow, open.anchor, span);
            }
            add(node);
        }

        private YamlScalar scalar(ScalarEvent event) {
            count(event);
            ScalarStyle style = switch (event.getScalarStyle()) {
                case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
                case DOUBLE_QUOTED, JSON_SCALAR_STYLE -> ScalarStyle.DOUBLE_QUOTED;
                case LITERAL -> ScalarStyle.LITERAL;
                case FOLDED -> ScalarStyle.FOLDED;
                default -> ScalarStyle.PLAIN;
            };
            ScalarType type = null;
            Optional<String> tag = event.getTag();
            if (tag.isPresent() && !"!".equals(tag.get())) {
                type = PyYamlScalarResolver.resolveTag(tag.get());
            }
            if (type == null) {
                type = style == ScalarStyle.PLAIN && event.getImplicit().canOmitTagInPlainScalar()
                        ? PyYamlScalarResolver.resolvePlain(event.getValue()) : ScalarType.STRING;
            }
            return new YamlScalar(event.getValue(), type, style, anchorOf(event),
                    lines.span(start(event), end(event)));
        }

        private YamlAlias alias(AliasEvent event) {
            count(event);
            if (++aliases > limits.maxAliases()) {
                throw error(start(event), "too many aliases (more than " + limits.maxAliases() + ")");
            }
            String name = event.getAlias().getValue();
            YamlNode target = anchors.get(name);
            if (target == null) {
                throw error(start(event), "alias *" + name + " names no anchor defined before it"
                        + " (or the anchor encloses the alias, which would make the document recursive)");
            }
            return new YamlAlias(name, target, lines.span(start(event), end(event)));
        }

        private void add(YamlNode node) {
            if (node.anchor() != null) {
                anchors.put(node.anchor(), node);
            }
            if (stack.isEmpty()) {
                root = node;
            } else {
                stack.peek().children.add(node);
            }
        }

        private void count(Event event) {
            if (++nodes > limits.maxNodes()) {
                throw error(start(event), "too many nodes (more than " + limits.maxNodes() + ")");
            }
        }

        private String anchorOf(NodeEvent event) {
            return event.getAnchor().map(Anchor::getValue).orElse(null);
        }

        private int start(Event event) {
            return event.getStartMark().map(m -> offsets.charOffset(m.getIndex())).orElse(0);
        }

        private int end(Event event) {
            return event.getEndMark().map(m -> offsets.charOffset(m.getIndex())).orElse(0);
        }

        private YamlSyntaxException error(int offset, String problem) {
            return new YamlSyntaxException(source, lines.line(offset), lines.column(offset), problem);
        }
    }
}
