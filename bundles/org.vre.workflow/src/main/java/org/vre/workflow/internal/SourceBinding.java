package org.vre.workflow.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.vre.workflow.yaml.YamlEntry;
import org.vre.workflow.yaml.YamlNode;

/**
 * Ties a model object to the YAML it was read from, with the values as read: saving compares the model with these
 * values and edits the text only where they differ, so untouched text stays byte-identical.
 */
public final class SourceBinding extends AdapterImpl {

    /** The mapping (or, for map-entry objects, the entry's value) the object was read from. */
    private final YamlNode node;
    /** For objects read from a mapping entry (parameters, options, scatter, retention rules): that entry. */
    private final YamlEntry entry;
    private final Map<EStructuralFeature, Object> loaded = new HashMap<>();

    public SourceBinding(YamlNode node, YamlEntry entry) {
        this.node = node;
        this.entry = entry;
    }

    public static SourceBinding of(EObject object) {
        for (Object adapter : object.eAdapters()) {
            if (adapter instanceof SourceBinding binding) {
                return binding;
            }
        }
        return null;
    }

    public YamlNode node() {
        return node;
    }

    public YamlEntry entry() {
        return entry;
    }

    void remember(EStructuralFeature feature, Object value) {
        loaded.put(feature, value);
    }

    /** Whether the feature's YAML could be read into the model (a wrong type leaves it unread, and untouched). */
    public boolean wasRead(EStructuralFeature feature) {
        return loaded.containsKey(feature);
    }

    public Object loadedValue(EStructuralFeature feature) {
        return loaded.get(feature);
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == SourceBinding.class;
    }
}
