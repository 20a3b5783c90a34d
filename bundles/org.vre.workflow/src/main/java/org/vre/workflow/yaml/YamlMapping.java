package org.vre.workflow.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mapping, with its entries in source order (duplicates kept: the last one wins, as in PyYAML). The view PyYAML
 * has of it (merge keys applied) is computed once, when the mapping is built.
 */
public final class YamlMapping implements YamlNode {

    private final List<YamlEntry> entries;
    private final boolean flow;
    private final String anchor;
    private final SourceSpan span;
    private final List<YamlEntry> effective;
    private final Map<String, YamlEntry> byKey;
    private final Map<String, YamlEntry> explicitByKey;

    public YamlMapping(List<YamlEntry> entries, boolean flow, String anchor, SourceSpan span) {
        this.entries = List.copyOf(entries);
        this.flow = flow;
        this.anchor = anchor;
        this.span = span;
        Map<String, YamlEntry> explicit = new HashMap<>();
        boolean hasMerge = false;
        for (YamlEntry e : this.entries) {
            if (isMergeKey(e)) {
                hasMerge = true;
            } else {
                explicit.put(e.keyText(), e);
            }
        }
        this.explicitByKey = explicit;
        if (!hasMerge && explicit.size() == this.entries.size()) {
            this.effective = this.entries;
            this.byKey = explicit;
        } else {
            Map<String, YamlEntry> result = new LinkedHashMap<>();
            for (YamlEntry e : this.entries) {
                if (isMergeKey(e)) {
                    YamlNode source = e.value().resolved();
                    List<YamlNode> sources = source instanceof YamlSequence seq ? seq.items() : List.of(source);
                    for (YamlNode s : sources) {
                        if (s.resolved() instanceof YamlMapping m) {
                            for (YamlEntry inherited : m.effectiveEntries()) {
                                if (!explicit.containsKey(inherited.keyText())) {
                                    result.putIfAbsent(inherited.keyText(), inherited);
                                }
                            }
                        }
                    }
                } else {
                    result.remove(e.keyText());
                    result.put(e.keyText(), e);
                }
            }
            this.effective = Collections.unmodifiableList(new ArrayList<>(result.values()));
            this.byKey = result;
        }
    }

    public List<YamlEntry> entries() {
        return entries;
    }

    public boolean flow() {
        return flow;
    }

    @Override
    public String anchor() {
        return anchor;
    }

    @Override
    public SourceSpan span() {
        return span;
    }

    /** The entry written with this key in this mapping itself (not through a merge key), the last one if repeated. */
    public YamlEntry entry(String key) {
        return explicitByKey.get(key);
    }

    /**
     * The entries as PyYAML sees them: merge keys ({@code <<: *base}) expanded, explicit keys winning over merged ones,
     * later duplicates winning over earlier ones.
     */
    public List<YamlEntry> effectiveEntries() {
        return effective;
    }

    /** The value of {@code key} as PyYAML sees it, or null. */
    public YamlNode get(String key) {
        YamlEntry e = byKey.get(key);
        return e == null ? null : e.value();
    }

    static boolean isMergeKey(YamlEntry e) {
        return e.key() instanceof YamlScalar s && s.style() == ScalarStyle.PLAIN && "<<".equals(s.value());
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
