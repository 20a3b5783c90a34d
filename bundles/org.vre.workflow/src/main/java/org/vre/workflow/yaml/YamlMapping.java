package org.vre.workflow.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mapping, with its entries in source order (duplicates kept: the last one wins, as in PyYAML). */
public record YamlMapping(List<YamlEntry> entries, boolean flow, String anchor, SourceSpan span) implements YamlNode {

    public YamlMapping {
        entries = List.copyOf(entries);
    }

    /** The entry written with this key in this mapping itself (not through a merge key), the last one if repeated. */
    public YamlEntry entry(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!isMergeKey(entries.get(i)) && key.equals(entries.get(i).keyText())) {
                return entries.get(i);
            }
        }
        return null;
    }

    /**
     * The entries as PyYAML sees them: merge keys ({@code <<: *base}) expanded, explicit keys winning over merged ones,
     * later duplicates winning over earlier ones. The order is the order of first appearance.
     */
    public List<YamlEntry> effectiveEntries() {
        Map<String, YamlEntry> merged = new LinkedHashMap<>();
        boolean hasMerge = false;
        for (YamlEntry e : entries) {
            if (isMergeKey(e)) {
                hasMerge = true;
                YamlNode source = e.value().resolved();
                List<YamlNode> sources = source instanceof YamlSequence seq ? seq.items() : List.of(source);
                for (YamlNode s : sources) {
                    if (s.resolved() instanceof YamlMapping m) {
                        for (YamlEntry inherited : m.effectiveEntries()) {
                            merged.putIfAbsent(inherited.keyText(), inherited);
                        }
                    }
                }
            }
        }
        if (!hasMerge) {
            Map<String, YamlEntry> plain = new LinkedHashMap<>();
            for (YamlEntry e : entries) {
                plain.remove(e.keyText());
                plain.put(e.keyText(), e);
            }
            return plain.size() == entries.size() ? entries : new ArrayList<>(plain.values());
        }
        Map<String, YamlEntry> result = new LinkedHashMap<>(merged);
        for (YamlEntry e : entries) {
            if (!isMergeKey(e)) {
                result.put(e.keyText(), e);
            }
        }
        return new ArrayList<>(result.values());
    }

    /** The value of {@code key} as PyYAML sees it, or null. */
    public YamlNode get(String key) {
        for (YamlEntry e : effectiveEntries()) {
            if (key.equals(e.keyText())) {
                return e.value();
            }
        }
        return null;
    }

    static boolean isMergeKey(YamlEntry e) {
        return e.key() instanceof YamlScalar s && s.style() == ScalarStyle.PLAIN && "<<".equals(s.value());
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
