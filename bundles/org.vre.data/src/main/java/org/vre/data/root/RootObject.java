package org.vre.data.root;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object as the file stored it, read generically through its streamer info: members by name (base-class
 * members merged in), and for collections ({@code TList}, {@code TObjArray}) the items in order.
 * Converters turn these into the neutral model.
 */
final class RootObject {

    private final String className;
    private final int version;
    private final Map<String, Object> members = new LinkedHashMap<>();
    private final List<Object> items = new ArrayList<>();
    private boolean skipped;

    RootObject(String className, int version) {
        this.className = className;
        this.version = version;
    }

    String className() {
        return className;
    }

    int version() {
        return version;
    }

    Map<String, Object> members() {
        return members;
    }

    List<Object> items() {
        return items;
    }

    /** True when the reader did not know the class and skipped its bytes. */
    boolean skipped() {
        return skipped;
    }

    void markSkipped() {
        skipped = true;
    }

    void put(String name, Object value) {
        members.put(name, value);
    }

    boolean has(String name) {
        return members.containsKey(name);
    }

    Object get(String name) {
        return members.get(name);
    }

    String string(String name) {
        Object v = members.get(name);
        return v == null ? "" : v.toString();
    }

    long longValue(String name) {
        Object v = members.get(name);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new RootFormatException(className + "." + name + " is missing or not a number");
    }

    double doubleValue(String name) {
        Object v = members.get(name);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new RootFormatException(className + "." + name + " is missing or not a number");
    }

    double doubleOr(String name, double fallback) {
        return members.get(name) instanceof Number n ? n.doubleValue() : fallback;
    }

    RootObject object(String name) {
        return members.get(name) instanceof RootObject o ? o : null;
    }

    /** A numeric array member as doubles (empty when absent). */
    double[] doubles(String name) {
        return NumericArrays.toDoubles(members.get(name));
    }

    long[] longs(String name) {
        return NumericArrays.toLongs(members.get(name));
    }

    @Override
    public String toString() {
        return className + " v" + version + " " + members.keySet();
    }
}
