package org.vre.ui.lake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.Pfn;
import org.vre.lake.Rule;
import org.vre.ui.HumanBytes;

/**
 * The Properties view's page for one DID: attributes, checksums, metadata (editable: a change is saved in a job
 * and refused by the catalogue where the account may not), replicas with RSE, PFN and state, rules with state and
 * progress, parent datasets. It starts with what the tree row knows and fills in when {@link DidInfo} arrives.
 */
final class DidProperties implements IPropertySource {

    static final String ATTRIBUTES = "Attributes";
    static final String CHECKSUMS = "Checksums";
    static final String METADATA = "Metadata";
    static final String REPLICAS = "Replicas";
    static final String RULES = "Rules";
    static final String PARENTS = "Parent datasets";
    private static final String METADATA_KEY = "meta:";

    private final DidDetails row;
    private volatile DidInfo info;
    private volatile String error;

    DidProperties(DidDetails row) {
        this.row = row;
    }

    Did did() {
        return row.did();
    }

    void loaded(DidInfo newInfo) {
        info = newInfo;
        error = null;
    }

    void failed(String message) {
        error = message;
    }

    boolean isLoaded() {
        return info != null;
    }

    /** Property rows as category → (name → value), in display order; what the tests read too. */
    Map<String, Map<String, String>> rows() {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        DidInfo current = info;
        DidDetails d = current != null ? current.details() : row;
        Map<String, String> attributes = section(rows, ATTRIBUTES);
        attributes.put("DID", d.did().toString());
        attributes.put("type", d.type().name().toLowerCase(Locale.ROOT));
        attributes.put("account", d.account());
        if (d.bytes() != null) {
            attributes.put("size", HumanBytes.format(d.bytes()) + " (" + d.bytes() + " bytes)");
        }
        if (d.type().isCollection()) {
            attributes.put("open", String.valueOf(d.open()));
            attributes.put("length", String.valueOf(d.length()));
        }
        if (d.guid() != null) {
            attributes.put("guid", d.guid());
        }
        attributes.put("created", d.createdAt() == null ? "" : LakeColumn.UTC.format(d.createdAt()));
        if (!d.type().isCollection()) {
            Map<String, String> checksums = section(rows, CHECKSUMS);
            checksums.put("adler32", d.adler32() == null ? "" : d.adler32());
            checksums.put("md5", d.md5() == null ? "" : d.md5());
        }
        if (current == null) {
            attributes.put("details", error != null ? "cannot read: " + error : "loading…");
            return rows;
        }
        Map<String, String> metadata = section(rows, METADATA);
        current.metadata().forEach((k, v) -> metadata.put(k, String.valueOf(v)));
        if (!d.type().isCollection()) {
            Map<String, String> replicas = section(rows, REPLICAS);
            for (Pfn pfn : current.pfns()) {
                replicas.merge(pfn.rse(), pfn.state() + "  " + pfn.uri(), (a, b) -> a + "  " + pfn.uri());
            }
            if (current.pfns().isEmpty()) {
                replicas.put("(none)", "no replica");
            }
        }
        Map<String, String> rules = section(rows, RULES);
        for (Rule rule : current.rules()) {
            rules.put(rule.id(), rule.state() + "  " + rule.spec().copies() + "× " + rule.spec().rseExpression()
                    + "  locks ok " + rule.locksOk() + ", replicating " + rule.locksReplicating() + ", stuck "
                    + rule.locksStuck() + (rule.error() == null ? "" : "  " + rule.error()));
        }
        Map<String, String> parents = section(rows, PARENTS);
        current.parents().forEach(p -> parents.put(p.toString(), ""));
        return rows;
    }

    private static Map<String, String> section(Map<String, Map<String, String>> rows, String name) {
        return rows.computeIfAbsent(name, k -> new LinkedHashMap<>());
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        rows().forEach((category, entries) -> entries.keySet().forEach(name -> {
            String id = category + "\u0000" + name;
            PropertyDescriptor descriptor = category.equals(METADATA)
                    ? new TextPropertyDescriptor(METADATA_KEY + name, name) : new PropertyDescriptor(id, name);
            descriptor.setCategory(category);
            descriptors.add(descriptor);
        }));
        return descriptors.toArray(new IPropertyDescriptor[0]);
    }

    @Override
    public Object getPropertyValue(Object id) {
        String key = (String) id;
        if (key.startsWith(METADATA_KEY)) {
            DidInfo current = info;
            Object value = current == null ? null : current.metadata().get(key.substring(METADATA_KEY.length()));
            return value == null ? "" : String.valueOf(value);
        }
        int split = key.indexOf('\u0000');
        Map<String, String> section = rows().get(key.substring(0, split));
        return section == null ? "" : section.getOrDefault(key.substring(split + 1), "");
    }

    /** Saves an edited metadata value in a job; the catalogue types it (number, boolean, text) and checks rights. */
    @Override
    public void setPropertyValue(Object id, Object value) {
        String key = (String) id;
        if (!key.startsWith(METADATA_KEY) || info == null) {
            return;
        }
        String name = key.substring(METADATA_KEY.length());
        Object typed = MetadataValues.parse(String.valueOf(value));
        Map<String, Object> change = new java.util.HashMap<>();
        change.put(name, typed);
        LakeJobs.schedule("Setting metadata " + name + " on " + row.did(), "Setting metadata " + name
                + " on " + row.did(), work -> {
                    work.session().catalog().setMetadata(work.session().account(), row.did(), change);
                    return DidInfo.read(work.session().catalog(), row.did());
                }, this::loaded);
    }

    @Override
    public Object getEditableValue() {
        return this;
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // nothing has a default
    }
}
