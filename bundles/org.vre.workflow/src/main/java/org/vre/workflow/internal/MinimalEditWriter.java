package org.vre.workflow.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vre.workflow.yaml.ScalarStyle;
import org.vre.workflow.yaml.YamlAlias;
import org.vre.workflow.yaml.YamlDocument;
import org.vre.workflow.yaml.YamlEntry;
import org.vre.workflow.yaml.YamlMapping;
import org.vre.workflow.yaml.YamlNode;
import org.vre.workflow.yaml.YamlScalar;
import org.vre.workflow.yaml.YamlSequence;

/**
 * Saves a model into the text it was read from with the fewest edits: only values that differ from what was read
 * are rewritten, new keys and items are inserted next to their siblings with the same indentation, removed ones
 * are cut out whole lines at a time. Key order, comments, unknown keys and formatting of everything else survive,
 * and an unchanged model gives the text back byte for byte.
 */
public final class MinimalEditWriter {

    private final String text;
    private final String newline;
    private final ModelRenderer renderer;
    private final List<TextEdit> edits = new ArrayList<>();
    /** Entries cut out in this save: new keys must not be anchored to them. */
    private final Map<YamlEntry, Boolean> deleted = new IdentityHashMap<>();
    /** New entries per mapping, written once every deletion in the mapping is known. */
    private final Map<YamlMapping, List<String>> pendingInserts = new IdentityHashMap<>();

    private MinimalEditWriter(String text, String newline) {
        this.text = text;
        this.newline = newline;
        this.renderer = new ModelRenderer(newline);
    }

    /** The new text of {@code document} for the model rooted at {@code root} (which was read from it, or is new). */
    public static String write(YamlDocument document, EObject root) {
        String text = document == null ? "" : document.text();
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        MinimalEditWriter writer = new MinimalEditWriter(text, newline);
        SourceBinding binding = SourceBinding.of(root);
        if (binding != null && binding.node() instanceof YamlMapping mapping && !mapping.flow()
                && !mapping.entries().isEmpty()) {
            writer.syncObject(root, mapping, binding);
            return TextEdit.apply(text, writer.edits);
        }
        // nothing to edit into: an empty (or comment-only) file, or a flow mapping at the top
        String block = writer.renderer.block(root, 0) + newline;
        if (binding != null && binding.node() != null) {
            YamlNode old = binding.node();
            return text.substring(0, old.span().start()) + block + text.substring(writer.lineEnd(old.span().end()));
        }
        return text.isEmpty() || text.endsWith("\n") ? text + block : text + newline + block;
    }

    // ---------------------------------------------------------------- objects

    private void syncObject(EObject object, YamlMapping map, SourceBinding binding) {
        syncFeatures(object, map, binding);
        flushInserts(map);
    }

    private void syncFeatures(EObject object, YamlMapping map, SourceBinding binding) {
        for (EStructuralFeature feature : YamlKeys.savedFeatures(object.eClass())) {
            YamlEntry entry = map.entry(YamlKeys.keyOf(feature));
            if (feature instanceof EReference reference) {
                if (!reference.isMany()) {
                    syncChild(object, reference, map, entry, binding);
                } else if (YamlKeys.isMap(reference)) {
                    syncEntryObjects(object, reference, map, entry, binding);
                } else {
                    syncObjectList(object, reference, map, entry, binding);
                }
            } else {
                syncAttribute(object, (EAttribute) feature, map, entry, binding);
            }
        }
    }

    private void syncAttribute(EObject object, EAttribute feature, YamlMapping map, YamlEntry entry,
            SourceBinding binding) {
        Object now = normalized(feature, object.eIsSet(feature) ? object.eGet(feature) : null);
        if (binding.wasRead(feature)) {
            if (Objects.equals(now, normalized(feature, binding.loadedValue(feature)))) {
                return;
            }
        } else if (now == null) {
            return; // a value the model could not read, and the model did not set: leave it as written
        }
        if (now == null) {
            if (entry != null) {
                deleteEntry(map, entry);
            }
            return;
        }
        if (entry == null) {
            insertEntry(map, YamlKeys.keyOf(feature), renderer.afterKey(feature, now, indentOf(map)));
        } else if (feature.isMany() && binding.wasRead(feature) && entry.value() instanceof YamlSequence seq
                && !seq.flow() && seq.items().stream().allMatch(YamlScalar.class::isInstance)) {
            @SuppressWarnings("unchecked")
            List<String> before = (List<String>) normalized(feature, binding.loadedValue(feature));
            @SuppressWarnings("unchecked")
            List<String> after = (List<String>) now;
            syncScalarList(map, entry, seq, before == null ? List.of() : before, after);
        } else if (!feature.isMany() && entry.value() instanceof YamlScalar scalar && hasText(scalar)) {
            replaceScalar(scalar, scalarText(now, scalar.style()));
        } else if (feature.isMany() && entry.value() instanceof YamlSequence seq && seq.flow()) {
            replaceEntryValue(entry, " " + renderer.flowList((List<?>) now));
        } else {
            replaceEntryValue(entry, renderer.afterKey(feature, now, indentOf(map)));
        }
    }

    private void syncChild(EObject object, EReference reference, YamlMapping map, YamlEntry entry,
            SourceBinding binding) {
        EObject child = (EObject) object.eGet(reference);
        SourceBinding childBinding = child == null ? null : SourceBinding.of(child);
        if (child != null && childBinding != null && entry != null && childBinding.node() == entry.value().resolved()
                && childBinding.node() instanceof YamlMapping childMap) {
            if (isEditableInPlace(entry.value(), childMap)) {
                syncObject(child, childMap, childBinding);
            } else if (hasChanges(child, childMap, childBinding)) {
                replaceEntryValue(entry, renderer.afterKey(reference, child, indentOf(map)));
            }
            return;
        }
        if (child == null) {
            if (entry != null && binding.wasRead(reference) && binding.loadedValue(reference) != null) {
                deleteEntry(map, entry);
            }
            return;
        }
        String rendered = renderer.afterKey(reference, child, indentOf(map));
        if (entry == null) {
            insertEntry(map, YamlKeys.keyOf(reference), rendered);
        } else {
            replaceEntryValue(entry, rendered);
        }
    }

    private void syncObjectList(EObject object, EReference reference, YamlMapping map, YamlEntry entry,
            SourceBinding binding) {
        @SuppressWarnings("unchecked")
        List<EObject> items = (List<EObject>) object.eGet(reference);
        YamlSequence seq = entry != null && entry.value() instanceof YamlSequence s ? s : null;
        if (seq == null || !binding.wasRead(reference) || seq.flow()) {
            wholeList(object, reference, map, entry, binding, items, seq);
            return;
        }
        int[] original = originalIndexes(items, seq.items());
        boolean inOrder = true;
        int last = -1;
        int kept = 0;
        for (int index : original) {
            if (index >= 0) {
                inOrder &= index > last;
                last = index;
                kept++;
            }
        }
        if (kept == 0) {
            if (!items.isEmpty() || !seq.items().isEmpty()) {
                replaceEntryValue(entry, renderer.afterKey(reference, items, indentOf(map)));
            }
            return;
        }
        if (!inOrder) {
            reorder(seq, items, original);
            return;
        }
        boolean[] survives = new boolean[seq.items().size()];
        for (int index : original) {
            if (index >= 0) {
                survives[index] = true;
            }
        }
        for (int k = 0; k < survives.length; k++) {
            if (!survives[k]) {
                deleteSequenceItem(seq.items().get(k));
            }
        }
        int dash = dashColumn(seq);
        int previous = -1;
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (original[i] < 0) {
                pending.append(renderer.sequenceItem(items.get(i), dash)).append(newline);
                continue;
            }
            YamlNode node = seq.items().get(original[i]);
            if (pending.length() > 0) {
                insertItems(seq, previous, original[i], pending);
            }
            EObject item = items.get(i);
            YamlMapping itemMap = (YamlMapping) node;
            if (itemMap.flow() || itemMap.entries().isEmpty()) {
                if (hasChanges(item, itemMap, SourceBinding.of(item))) {
                    edits.add(new TextEdit(valueStart(itemMap), contentEnd(itemMap),
                            renderer.sequenceItem(item, dash).substring(dash + 2)));
                }
            } else {
                syncObject(item, itemMap, SourceBinding.of(item));
            }
            previous = original[i];
        }
        if (pending.length() > 0) {
            insertItems(seq, previous, -1, pending);
        }
    }

    /** Inserts rendered items after item {@code after} (or before item {@code before} when none precedes). */
    private void insertItems(YamlSequence seq, int after, int before, StringBuilder rendered) {
        String block = rendered.substring(0, rendered.length() - newline.length());
        if (after >= 0) {
            edits.add(new TextEdit(lineEnd(contentEnd(seq.items().get(after))),
                    lineEnd(contentEnd(seq.items().get(after))), newline + block));
        } else {
            int at = lineStart(dashPosition(seq.items().get(before)));
            edits.add(new TextEdit(at, at, block + newline));
        }
        rendered.setLength(0);
    }

    /** Rewrites the items region in the new order, moving each item's text (with the comments above it). */
    private void reorder(YamlSequence seq, List<EObject> items, int[] original) {
        List<YamlNode> nodes = seq.items();
        int regionStart = lineStart(dashPosition(nodes.get(0)));
        int regionEnd = lineEnd(contentEnd(nodes.get(nodes.size() - 1)));
        int dash = dashColumn(seq);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EObject item = items.get(i);
            if (original[i] < 0) {
                parts.add(renderer.sequenceItem(item, dash));
                continue;
            }
            int k = original[i];
            int start = k == 0 ? regionStart : lineEnd(contentEnd(nodes.get(k - 1))) + newline.length();
            int end = lineEnd(contentEnd(nodes.get(k)));
            MinimalEditWriter sub = new MinimalEditWriter(text, newline);
            sub.syncObject(item, (YamlMapping) nodes.get(k), SourceBinding.of(item));
            List<TextEdit> shifted = new ArrayList<>();
            for (TextEdit e : sub.edits) {
                shifted.add(new TextEdit(e.start() - start, e.end() - start, e.replacement()));
            }
            parts.add(TextEdit.apply(text.substring(start, end), shifted));
        }
        edits.add(new TextEdit(regionStart, regionEnd, String.join(newline, parts)));
    }

    private void syncEntryObjects(EObject object, EReference reference, YamlMapping map, YamlEntry entry,
            SourceBinding binding) {
        @SuppressWarnings("unchecked")
        List<EObject> items = (List<EObject>) object.eGet(reference);
        YamlMapping entries = entry != null && entry.value() instanceof YamlMapping m ? m : null;
        if (entries != null && binding.wasRead(reference) && entries.flow()) {
            if (entryObjectsChanged(items, binding.loadedValue(reference))) {
                replaceEntryValue(entry, items.isEmpty() ? " {}" : " " + renderer.flowEntries(items));
            }
            return;
        }
        if (entries == null || !binding.wasRead(reference) || entries.entries().isEmpty()) {
            wholeList(object, reference, map, entry, binding, items, null);
            return;
        }
        Map<YamlEntry, EObject> kept = new IdentityHashMap<>();
        List<EObject> added = new ArrayList<>();
        for (EObject item : items) {
            SourceBinding b = SourceBinding.of(item);
            if (b != null && b.entry() != null && containsIdentity(entries.entries(), b.entry())
                    && !kept.containsKey(b.entry())) {
                kept.put(b.entry(), item);
            } else {
                added.add(item);
            }
        }
        if (kept.isEmpty()) {
            replaceEntryValue(entry, renderer.afterKey(reference, items, indentOf(map)));
            return;
        }
        for (YamlEntry e : entries.entries()) {
            EObject item = kept.get(e);
            if (item == null) {
                deleteEntry(entries, e);
            } else {
                syncEntryObject(item, entries, e, SourceBinding.of(item));
            }
        }
        int indent = indentOf(entries);
        for (EObject item : added) {
            insertRaw(entries, renderer.entry(item, indent));
        }
        flushInserts(entries);
    }

    private void syncEntryObject(EObject item, YamlMapping entries, YamlEntry entry, SourceBinding binding) {
        EAttribute keyFeature = (EAttribute) YamlKeys.mapKeyFeature(item.eClass());
        EAttribute valueFeature = (EAttribute) YamlKeys.mapValueFeature(item.eClass());
        Object name = item.eGet(keyFeature);
        if (!Objects.equals(name, binding.loadedValue(keyFeature)) && entry.key() instanceof YamlScalar key) {
            replaceScalar(key, ScalarText.string(String.valueOf(name), key.style(), false));
        }
        EStructuralFeature typeFeature = item.eClass().getEStructuralFeature("type");
        boolean typed = typeFeature != null && binding.wasRead(typeFeature);
        Object now = normalized(valueFeature, item.eGet(valueFeature));
        boolean valueChanged = binding.wasRead(valueFeature)
                ? !Objects.equals(now, normalized(valueFeature, binding.loadedValue(valueFeature)))
                : now != null;
        if (typed && !Objects.equals(item.eGet(typeFeature), binding.loadedValue(typeFeature))) {
            valueChanged = true;
        }
        if (!valueChanged) {
            return;
        }
        String rendered = renderer.entryValue(item, indentOf(entries));
        if (!typed && valueFeature.isMany() && binding.wasRead(valueFeature) && entry.value() instanceof YamlSequence seq
                && !seq.flow() && seq.items().stream().allMatch(YamlScalar.class::isInstance) && now != null) {
            @SuppressWarnings("unchecked")
            List<String> before = (List<String>) normalized(valueFeature, binding.loadedValue(valueFeature));
            @SuppressWarnings("unchecked")
            List<String> after = (List<String>) now;
            syncScalarList(entries, entry, seq, before == null ? List.of() : before, after);
        } else if (entry.value() instanceof YamlScalar scalar && hasText(scalar) && !rendered.contains("\n")) {
            replaceScalar(scalar, rendered.substring(1));
        } else {
            replaceEntryValue(entry, rendered);
        }
    }

    /** Writes a whole list value afresh (it was absent, unreadable, or in flow style). */
    private void wholeList(EObject object, EReference reference, YamlMapping map, YamlEntry entry,
            SourceBinding binding, List<EObject> items, YamlNode old) {
        if (entry != null && !binding.wasRead(reference)) {
            if (!items.isEmpty()) {
                replaceEntryValue(entry, renderer.afterKey(reference, items, indentOf(map)));
            }
            return;
        }
        @SuppressWarnings("unchecked")
        List<EObject> before = (List<EObject>) binding.loadedValue(reference);
        if (items.isEmpty()) {
            if (entry != null && before != null && !before.isEmpty()) {
                deleteEntry(map, entry);
            }
            return;
        }
        String rendered = renderer.afterKey(reference, items, indentOf(map));
        if (entry == null) {
            insertEntry(map, YamlKeys.keyOf(reference), rendered);
        } else if (old == null || !Objects.equals(before, items) || anyChanged(items)) {
            replaceEntryValue(entry, rendered);
        }
    }

    /** Whether entry objects (parameters, options...) differ from what was read: added, removed or edited. */
    private static boolean entryObjectsChanged(List<EObject> items, Object loaded) {
        if (!(loaded instanceof List<?> before) || before.size() != items.size()) {
            return true;
        }
        for (int i = 0; i < items.size(); i++) {
            EObject item = items.get(i);
            SourceBinding b = SourceBinding.of(item);
            if (before.get(i) != item || b == null) {
                return true;
            }
            for (EStructuralFeature f : item.eClass().getEAllStructuralFeatures()) {
                if (b.wasRead(f) && !Objects.equals(normalized(f, item.eGet(f)), normalized(f, b.loadedValue(f)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean anyChanged(List<EObject> items) {
        for (EObject item : items) {
            SourceBinding b = SourceBinding.of(item);
            if (b == null || !(b.node() instanceof YamlMapping m) || hasChanges(item, m, b)) {
                return true;
            }
        }
        return false;
    }

    /** Whether saving {@code object} would change its text (a dry run). */
    private boolean hasChanges(EObject object, YamlMapping map, SourceBinding binding) {
        MinimalEditWriter dryRun = new MinimalEditWriter(text, newline);
        dryRun.syncObject(object, map, binding);
        return !dryRun.edits.isEmpty();
    }

    // ---------------------------------------------------------------- scalar lists

    private void syncScalarList(YamlMapping map, YamlEntry entry, YamlSequence seq, List<String> before,
            List<String> after) {
        if (after.isEmpty()) {
            replaceEntryValue(entry, " []");
            return;
        }
        int[][] matches = CommonSubsequence.of(before, after);
        int dash = dashColumn(seq);
        int oldFrom = 0;
        int newFrom = 0;
        for (int m = 0; m <= matches.length; m++) {
            int oldTo = m < matches.length ? matches[m][0] : before.size();
            int newTo = m < matches.length ? matches[m][1] : after.size();
            // the gap between two kept items: change in place, then cut or add the rest
            int common = Math.min(oldTo - oldFrom, newTo - newFrom);
            for (int i = 0; i < common; i++) {
                YamlScalar scalar = (YamlScalar) seq.items().get(oldFrom + i);
                replaceScalar(scalar, ScalarText.string(after.get(newFrom + i), styleFor(scalar), false));
            }
            for (int i = oldFrom + common; i < oldTo; i++) {
                deleteSequenceItem(seq.items().get(i));
            }
            if (newTo - newFrom > common) {
                StringBuilder rendered = new StringBuilder();
                for (int i = newFrom + common; i < newTo; i++) {
                    rendered.append(" ".repeat(dash)).append("- ")
                            .append(ScalarText.string(after.get(i), ScalarStyle.PLAIN, false)).append(newline);
                }
                int anchor = oldFrom + common - 1;
                insertItems(seq, anchor, anchor >= 0 ? -1 : 0, rendered);
            }
            oldFrom = oldTo + 1;
            newFrom = newTo + 1;
        }
    }

    // ---------------------------------------------------------------- text operations

    private void deleteEntry(YamlMapping map, YamlEntry entry) {
        deleted.put(entry, Boolean.TRUE);
        int keyStart = entry.key().span().start();
        int index = indexOfIdentity(map.entries(), entry);
        if (map.flow()) {
            if (map.entries().size() == 1) {
                edits.add(new TextEdit(map.span().start(), map.span().end(), "{}"));
            } else if (index < map.entries().size() - 1) {
                edits.add(new TextEdit(keyStart, map.entries().get(index + 1).key().span().start(), ""));
            } else {
                edits.add(new TextEdit(entryEnd(map.entries().get(index - 1)), entryEnd(entry), ""));
            }
            return;
        }
        int lineStart = lineStart(keyStart);
        if (isBlank(lineStart, keyStart)) {
            edits.add(new TextEdit(lineStart, afterLineBreak(lineEnd(entryEnd(entry))), ""));
        } else if (index < map.entries().size() - 1) {
            // the first key of a "- key: value" item: pull the next key up behind the dash
            edits.add(new TextEdit(keyStart, map.entries().get(index + 1).key().span().start(), ""));
        } else {
            edits.add(new TextEdit(keyStart, lineEnd(entryEnd(entry)), "{}"));
        }
    }

    private void insertEntry(YamlMapping map, String key, String afterKey) {
        insertRaw(map, " ".repeat(indentOf(map)) + ScalarText.string(key, ScalarStyle.PLAIN, false) + ":" + afterKey);
    }

    /** Queues an already indented {@code key: value} text to go after the mapping's last remaining entry. */
    private void insertRaw(YamlMapping map, String entryText) {
        pendingInserts.computeIfAbsent(map, m -> new ArrayList<>()).add(entryText);
    }

    private void flushInserts(YamlMapping map) {
        List<String> texts = pendingInserts.remove(map);
        if (texts == null) {
            return;
        }
        for (int i = map.entries().size() - 1; i >= 0; i--) {
            YamlEntry anchor = map.entries().get(i);
            if (!deleted.containsKey(anchor)) {
                int at = lineEnd(entryEnd(anchor));
                edits.add(new TextEdit(at, at, newline + String.join(newline, texts)));
                return;
            }
        }
        // every old entry goes: write the new ones where the first one was
        int keyStart = map.entries().get(0).key().span().start();
        int lineStart = lineStart(keyStart);
        String block = String.join(newline, texts);
        if (isBlank(lineStart, keyStart)) {
            edits.add(new TextEdit(lineStart, lineStart, block + newline));
        } else {
            edits.add(new TextEdit(keyStart, keyStart, block.stripLeading() + newline + " ".repeat(indentOf(map))));
        }
    }

    private void replaceEntryValue(YamlEntry entry, String afterKey) {
        int colon = text.indexOf(':', contentEnd(entry.key()));
        int start = colon + 1;
        int end = entry.value().span().start() >= start ? Math.max(start, contentEnd(entry.value())) : start;
        edits.add(new TextEdit(start, end, afterKey));
    }

    private void replaceScalar(YamlScalar scalar, String rendered) {
        edits.add(new TextEdit(valueStart(scalar), contentEnd(scalar), rendered));
    }

    private void deleteSequenceItem(YamlNode item) {
        int dash = dashPosition(item);
        int lineStart = lineStart(dash);
        if (isBlank(lineStart, dash)) {
            edits.add(new TextEdit(lineStart, afterLineBreak(lineEnd(contentEnd(item))), ""));
        } else {
            edits.add(new TextEdit(dash, lineEnd(contentEnd(item)), ""));
        }
    }

    // ---------------------------------------------------------------- positions

    /** Where a node's own text ends: block scalars and block collections end before trailing breaks and comments. */
    private int contentEnd(YamlNode node) {
        if (node instanceof YamlScalar s) {
            int end = s.span().end();
            if (s.style() == ScalarStyle.LITERAL || s.style() == ScalarStyle.FOLDED) {
                while (end > s.span().start() && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
            return end;
        }
        if (node instanceof YamlMapping m && !m.flow() && !m.entries().isEmpty()) {
            return entryEnd(m.entries().get(m.entries().size() - 1));
        }
        if (node instanceof YamlSequence s && !s.flow() && !s.items().isEmpty()) {
            return contentEnd(s.items().get(s.items().size() - 1));
        }
        return node.span().end();
    }

    private int entryEnd(YamlEntry entry) {
        int keyEnd = contentEnd(entry.key());
        int colon = text.indexOf(':', keyEnd);
        int valueEnd = entry.value().span().start() > keyEnd ? contentEnd(entry.value()) : 0;
        return Math.max(colon < 0 ? keyEnd : colon + 1, valueEnd);
    }

    private int valueStart(YamlNode node) {
        int p = node.span().start();
        while (p < text.length() && (text.charAt(p) == '&' || text.charAt(p) == '!')) {
            while (p < text.length() && !Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p++;
            }
        }
        return p;
    }

    private int dashPosition(YamlNode item) {
        int p = item.span().start() - 1;
        while (p >= 0 && text.charAt(p) != '-') {
            p--;
        }
        return Math.max(p, 0);
    }

    private int dashColumn(YamlSequence seq) {
        int dash = dashPosition(seq.items().get(0));
        return dash - lineStart(dash);
    }

    private int indentOf(YamlMapping map) {
        int keyStart = map.entries().get(0).key().span().start();
        return keyStart - lineStart(keyStart);
    }

    private int lineStart(int offset) {
        int p = offset;
        while (p > 0 && text.charAt(p - 1) != '\n') {
            p--;
        }
        return p;
    }

    /** The offset of the line break ending the line that holds {@code offset} (before a CR of CRLF). */
    private int lineEnd(int offset) {
        if (offset > 0 && offset <= text.length() && text.charAt(offset - 1) == '\n') {
            offset--;
            return offset > 0 && text.charAt(offset - 1) == '\r' ? offset - 1 : offset;
        }
        int p = offset;
        while (p < text.length() && text.charAt(p) != '\n') {
            p++;
        }
        return p > offset && text.charAt(p - 1) == '\r' ? p - 1 : p;
    }

    private int afterLineBreak(int lineEnd) {
        if (text.startsWith("\r\n", lineEnd)) {
            return lineEnd + 2;
        }
        return lineEnd < text.length() ? lineEnd + 1 : lineEnd;
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- values

    private static boolean isEditableInPlace(YamlNode written, YamlMapping map) {
        return !(written instanceof YamlAlias) && !map.flow() && !map.entries().isEmpty();
    }

    private static boolean hasText(YamlScalar scalar) {
        return scalar.span().end() > scalar.span().start();
    }

    private static ScalarStyle styleFor(YamlScalar scalar) {
        return scalar.style() == ScalarStyle.LITERAL || scalar.style() == ScalarStyle.FOLDED
                ? ScalarStyle.PLAIN : scalar.style();
    }

    private static String scalarText(Object value, ScalarStyle style) {
        if (value instanceof String s) {
            return ScalarText.string(s, style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED
                    ? ScalarStyle.PLAIN : style, false);
        }
        return ModelRenderer.scalar(value);
    }

    /** Null for unset values and empty lists, a plain list copy for lists: what "no change" compares. */
    private static Object normalized(EStructuralFeature feature, Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : new ArrayList<>(list);
        }
        return value;
    }

    private static int[] originalIndexes(List<EObject> items, List<YamlNode> nodes) {
        Map<YamlNode, Integer> positions = new IdentityHashMap<>();
        for (int k = 0; k < nodes.size(); k++) {
            positions.put(nodes.get(k), k);
        }
        int[] result = new int[items.size()];
        java.util.Set<Integer> used = Collections.newSetFromMap(new java.util.HashMap<>());
        for (int i = 0; i < items.size(); i++) {
            SourceBinding b = SourceBinding.of(items.get(i));
            Integer k = b == null ? null : positions.get(b.node());
            result[i] = k != null && used.add(k) && b.node() instanceof YamlMapping ? k : -1;
        }
        return result;
    }

    private static boolean containsIdentity(List<YamlEntry> entries, YamlEntry entry) {
        return indexOfIdentity(entries, entry) >= 0;
    }

    private static int indexOfIdentity(List<YamlEntry> entries, YamlEntry entry) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == entry) {
                return i;
            }
        }
        return -1;
    }
}
