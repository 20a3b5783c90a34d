package org.vre.workflow.internal;

import java.util.StringJoiner;

import org.vre.workflow.yaml.ScalarStyle;
import org.vre.workflow.yaml.ScalarType;
import org.vre.workflow.yaml.YamlEntry;
import org.vre.workflow.yaml.YamlMapping;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlScalar;
import org.vre.workflow.yaml.YamlSequence;
import org.vre.workflow.yaml.YamlTreeParser;

/** Rewrites a YAML value (block or flow) on one line in flow style, for list and mapping parameter values. */
final class FlowText {

    private FlowText() {
    }

    static String of(String yaml) {
        YamlNode root = new YamlTreeParser().parse("value", yaml).root();
        return root == null ? "null" : render(root.resolved());
    }

    static String render(YamlNode node) {
        if (node instanceof YamlScalar s) {
            return s.type() == ScalarType.STRING ? ScalarText.string(s.value(), s.style() == ScalarStyle.DOUBLE_QUOTED
                    ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.PLAIN, true) : (s.value().isEmpty() ? "null" : s.value());
        }
        if (node instanceof YamlSequence seq) {
            StringJoiner out = new StringJoiner(", ", "[", "]");
            seq.items().forEach(item -> out.add(render(item.resolved())));
            return out.toString();
        }
        StringJoiner out = new StringJoiner(", ", "{", "}");
        for (YamlEntry e : ((YamlMapping) node).effectiveEntries()) {
            out.add(render(e.key().resolved()) + ": " + render(e.value().resolved()));
        }
        return out.toString();
    }
}
