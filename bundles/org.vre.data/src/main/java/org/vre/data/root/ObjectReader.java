package org.vre.data.root;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads objects from one record the way ROOT's TBufferFile does: version headers with byte counts,
 * class tags and object references, and members driven by the file's streamer info. Classes whose
 * streamers are hand-written in ROOT (TObject, TList, TObjArray, TArray*, TBasket, the streamer-info
 * classes themselves) are read here by hand. Unknown classes are skipped by their byte count.
 */
final class ObjectReader {

    private static final int BYTE_COUNT_MASK = 0x40000000;
    private static final int CLASS_MASK = 0x80000000;
    private static final int NEW_CLASS_TAG = 0xFFFFFFFF;
    private static final int MAP_OFFSET = 2;
    private static final int IS_REFERENCED = 1 << 4;

    private final RootBuffer b;
    private final StreamerInfos infos;
    private final int maxDepth;
    private final Map<Integer, String> classes = new HashMap<>();
    private final Map<Integer, Object> objects = new HashMap<>();
    private int depth;

    ObjectReader(RootBuffer buffer, StreamerInfos infos, int maxDepth) {
        this.b = buffer;
        this.infos = infos;
        this.maxDepth = maxDepth;
    }

    RootBuffer buffer() {
        return b;
    }

    /** A version header: the version, and where the object ends when a byte count was written (else -1). */
    record Version(int version, int end) {
    }

    Version readVersion() {
        int start = b.position();
        int word = b.i32();
        int end = -1;
        if ((word & BYTE_COUNT_MASK) != 0 && word != NEW_CLASS_TAG) {
            int count = word & ~BYTE_COUNT_MASK & ~CLASS_MASK;
            end = start + 4 + count;
            if (end > b.end() || count < 2) {
                throw b.error("byte count " + count + " runs past the end of the record (" + b.end() + " bytes)");
            }
        } else {
            b.seek(start);
        }
        int version = b.i16();
        return new Version(version, end);
    }

    /** Moves to the end the byte count announced (skips members newer than we know); fails if we overran it. */
    void finish(Version v, String className) {
        if (v.end() < 0) {
            return;
        }
        if (b.position() > v.end()) {
            throw b.error(className + " v" + v.version() + " read " + (b.position() - v.end())
                    + " bytes past its byte count (streamer info does not match the data)");
        }
        b.seek(v.end());
    }

    /** A pointer member or collection item: null, a reference to an object read before, or a new object. */
    Object readObjectAny() {
        int start = b.position();
        int word = b.i32();
        if (word == 0) {
            return null;
        }
        int tag;
        int end = -1;
        if ((word & BYTE_COUNT_MASK) == 0 || word == NEW_CLASS_TAG) {
            tag = word;
        } else {
            int count = word & ~BYTE_COUNT_MASK;
            end = start + 4 + count;
            if (end > b.end()) {
                throw b.error("object byte count " + count + " runs past the end of the record");
            }
            tag = b.i32();
        }
        if ((tag & CLASS_MASK) == 0) {
            // a reference to an object already read in this record
            Object ref = objects.get(tag);
            if (end >= 0) {
                b.seek(end);
            }
            return ref;
        }
        String className;
        if (tag == NEW_CLASS_TAG) {
            int classKey = b.mapPosition() - 4 + MAP_OFFSET;
            className = b.cstring(256);
            classes.put(classKey, className);
        } else {
            int classKey = tag & ~CLASS_MASK;
            className = classes.get(classKey);
            if (className == null) {
                throw b.error("reference to an unknown class tag " + classKey + " (corrupted object)");
            }
        }
        int objectKey = start + b.displacement() + MAP_OFFSET;
        objects.put(objectKey, null);
        Object value;
        value = readClass(className);
        objects.put(objectKey, value);
        if (end >= 0) {
            if (b.position() > end) {
                throw b.error(className + " read past its byte count");
            }
            b.seek(end);
        }
        return value;
    }

    /** An object of a known class, inline (with its own version header unless the class has none). */
    Object readClass(String className) {
        if (++depth > maxDepth) {
            throw b.error("objects nested deeper than " + maxDepth + " levels (corrupted or hostile file)");
        }
        try {
            return readClassUnchecked(className);
        } finally {
            depth--;
        }
    }

    private Object readClassUnchecked(String className) {
        switch (className) {
            case "TObject":
                RootObject o = new RootObject("TObject", 1);
                readTObject(o);
                return o;
            case "TNamed":
                return readNamedObject();
            case "TString":
                return b.tstring();
            case "TList", "THashList":
                return readList(className);
            case "TObjArray":
                return readObjArray();
            case "TObjString":
                return readObjString();
            case "TArrayC", "TArrayS", "TArrayI", "TArrayL", "TArrayL64", "TArrayF", "TArrayD":
                return readTArray(className);
            case "TBasket":
                return EmbeddedBasket.read(this);
            case "TStreamerInfo":
                return readStreamerInfo();
            case "TStreamerBase", "TStreamerBasicType", "TStreamerBasicPointer", "TStreamerLoop", "TStreamerObject",
                    "TStreamerObjectPointer", "TStreamerObjectAny", "TStreamerObjectAnyPointer", "TStreamerString",
                    "TStreamerSTL", "TStreamerSTLstring", "TStreamerArtificial":
                return readStreamerElement(className);
            default:
                return readGeneric(className);
        }
    }

    private RootObject readGeneric(String className) {
        Version v = readVersion();
        RootObject object = new RootObject(className, v.version());
        StreamerInfo info = infos.find(className, v.version());
        if (info == null || unsupportedClass(className)) {
            if (v.end() < 0) {
                throw b.error("class " + className + " has no streamer info in the file and no byte count to skip it");
            }
            object.markSkipped();
            b.seek(v.end());
            return object;
        }
        readMembers(info, object);
        finish(v, className);
        return object;
    }

    private static boolean unsupportedClass(String className) {
        return className.equals("TClonesArray") || className.equals("TRefArray") || className.equals("TMap");
    }

    void readMembers(StreamerInfo info, RootObject object) {
        for (StreamerElement e : info.elements()) {
            readMember(e, object);
        }
    }

    private void readMember(StreamerElement e, RootObject object) {
        if (e.isBase()) {
            readBase(e.name(), object);
            return;
        }
        int type = e.type();
        if (type >= 1 && type <= 19) {
            object.put(e.name(), readBasic(type, e));
        } else if (type >= 21 && type <= 39) {
            object.put(e.name(), readBasicArray(type - 20, Math.max(e.arrayLength(), 0), e));
        } else if (type >= 41 && type <= 59) {
            int flag = b.u8();
            if (flag == 0) {
                object.put(e.name(), emptyArray(type - 40));
            } else {
                Object count = object.get(e.countName());
                if (!(count instanceof Number n)) {
                    throw b.error("member " + e.name() + " counts with " + e.countName() + ", which was not read");
                }
                long length = n.longValue();
                if (length < 0 || length > b.remaining()) {
                    throw b.error("member " + e.name() + " claims " + length + " values (corrupted count "
                            + e.countName() + ")");
                }
                object.put(e.name(), readBasicArray(type - 40, (int) length, e));
            }
        } else {
            switch (type) {
                case 61, 62, 63, 68 -> object.put(e.name(), repeat(e, () -> readClass(stripPointer(e.typeName()))));
                case 64, 69 -> object.put(e.name(), repeat(e, this::readObjectAny));
                case 65 -> object.put(e.name(), repeat(e, b::tstring));
                case 66 -> {
                    RootObject o = new RootObject("TObject", 1);
                    readTObject(o);
                    object.put(e.name(), o);
                }
                case 67 -> object.put(e.name(), readNamedObject());
                case 7 -> object.put(e.name(), readCharStar());
                case 300, 365 -> object.put(e.name(), readStl(e));
                case 500, 501 -> object.put(e.name(), skipCustom(e));
                default -> {
                    if (type >= 1000 || type < 0) {
                        return; // artificial members carry no data
                    }
                    throw b.error("member " + e.name() + " of type code " + type + " (" + e.typeName()
                            + ") is not supported");
                }
            }
        }
    }

    private Object repeat(StreamerElement e, java.util.function.Supplier<Object> reader) {
        if (e.arrayLength() <= 1) {
            return reader.get();
        }
        List<Object> values = new ArrayList<>(e.arrayLength());
        for (int i = 0; i < e.arrayLength(); i++) {
            values.add(reader.get());
        }
        return values;
    }

    private static String stripPointer(String typeName) {
        String t = typeName.trim();
        while (t.endsWith("*")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t;
    }

    private void readBase(String baseName, RootObject object) {
        switch (baseName) {
            case "TObject" -> readTObject(object);
            case "TArrayC", "TArrayS", "TArrayI", "TArrayL", "TArrayL64", "TArrayF", "TArrayD" -> {
                Object array = readTArray(baseName);
                object.put("fN", (long) java.lang.reflect.Array.getLength(array));
                object.put("fArray", array);
            }
            case "TNamed" -> {
                RootObject named = readNamedObject();
                object.members().putAll(named.members());
            }
            case "TList", "THashList", "TObjArray" -> {
                RootObject list = (RootObject) readClass(baseName);
                object.items().addAll(list.items());
                object.members().putAll(list.members());
            }
            default -> {
                Object base = readClass(baseName);
                if (base instanceof RootObject r) {
                    object.members().putAll(r.members());
                    object.items().addAll(r.items());
                }
            }
        }
    }

    void readTObject(RootObject object) {
        Version v = readVersion();
        long uniqueId = b.u32();
        long bits = b.u32();
        object.put("fUniqueID", uniqueId);
        object.put("fBits", bits);
        if ((bits & IS_REFERENCED) != 0) {
            b.u16();
        }
        finish(v, "TObject");
    }

    RootObject readNamedObject() {
        Version v = readVersion();
        RootObject named = new RootObject("TNamed", v.version());
        readTObject(named);
        named.put("fName", b.tstring());
        named.put("fTitle", b.tstring());
        finish(v, "TNamed");
        return named;
    }

    private RootObject readObjString() {
        Version v = readVersion();
        RootObject s = new RootObject("TObjString", v.version());
        readTObject(s);
        s.put("fString", b.tstring());
        finish(v, "TObjString");
        return s;
    }

    private RootObject readList(String className) {
        Version v = readVersion();
        RootObject list = new RootObject(className, v.version());
        if (v.version() > 3) {
            readTObject(list);
            list.put("fName", b.tstring());
            int n = b.count(b.i32(), 4, className + " size");
            for (int i = 0; i < n; i++) {
                list.items().add(readObjectAny());
                int optionLength = b.u8();
                if (v.version() > 4 && optionLength == 255) {
                    optionLength = b.i32();
                }
                b.skip(optionLength);
            }
        } else {
            if (v.version() > 2) {
                readTObject(list);
            }
            if (v.version() > 1) {
                list.put("fName", b.tstring());
            }
            int n = b.count(b.i32(), 4, className + " size");
            for (int i = 0; i < n; i++) {
                list.items().add(readObjectAny());
            }
        }
        finish(v, className);
        return list;
    }

    private RootObject readObjArray() {
        Version v = readVersion();
        RootObject array = new RootObject("TObjArray", v.version());
        if (v.version() > 2) {
            readTObject(array);
        }
        if (v.version() > 1) {
            array.put("fName", b.tstring());
        }
        int n = b.count(b.i32(), 4, "TObjArray size");
        array.put("fLowerBound", (long) b.i32());
        for (int i = 0; i < n; i++) {
            array.items().add(readObjectAny());
        }
        finish(v, "TObjArray");
        return array;
    }

    Object readTArray(String className) {
        int n = b.i32();
        return switch (className) {
            case "TArrayC" -> readBasicArray(1, b.count(n, 1, className), null);
            case "TArrayS" -> readBasicArray(2, b.count(n, 2, className), null);
            case "TArrayI" -> readBasicArray(3, b.count(n, 4, className), null);
            case "TArrayL", "TArrayL64" -> readBasicArray(16, b.count(n, 8, className), null);
            case "TArrayF" -> readBasicArray(5, b.count(n, 4, className), null);
            default -> readBasicArray(8, b.count(n, 8, className), null);
        };
    }

    private String readCharStar() {
        int n = b.i32();
        if (n <= 0) {
            return "";
        }
        b.count(n, 1, "char*");
        return new String(b.bytes(n), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private Object readStl(StreamerElement e) {
        Version v = readVersion();
        Object value = null;
        boolean isString = e.type() == 365 || e.stlType() == 365 || e.typeName().contains("string")
                && !e.typeName().contains("vector");
        if (isString) {
            value = b.tstring();
        } else if (e.stlType() == 1 && e.contentType() >= 1 && e.contentType() <= 19) {
            int n = b.i32();
            value = readBasicArray(e.contentType(), b.count(n, 1, e.name()), e);
        }
        if (value == null && v.end() < 0) {
            throw b.error("STL member " + e.name() + " (" + e.typeName() + ") is not supported");
        }
        finish(v, e.typeName());
        return value;
    }

    private Object skipCustom(StreamerElement e) {
        Version v = readVersion();
        if (v.end() < 0) {
            throw b.error("member " + e.name() + " (" + e.typeName() + ") has a custom streamer and no byte count");
        }
        b.seek(v.end());
        return null;
    }

    Object readBasic(int type, StreamerElement e) {
        return switch (type) {
            case 1, 10 -> (long) b.i8();
            case 2 -> (long) b.i16();
            case 3, 6 -> (long) b.i32();
            case 4, 16 -> b.i64();
            case 5 -> (double) b.f32();
            case 8 -> b.f64();
            case 9 -> readDouble32(e);
            case 11 -> (long) b.u8();
            case 12 -> (long) b.u16();
            case 13, 15 -> b.u32();
            case 14, 17 -> b.i64();
            case 18 -> b.bool();
            case 19 -> readFloat16(e);
            default -> throw b.error("unknown basic type code " + type);
        };
    }

    private Object emptyArray(int type) {
        return switch (type) {
            case 5, 8, 9, 19 -> new double[0];
            case 18 -> new boolean[0];
            default -> new long[0];
        };
    }

    Object readBasicArray(int type, int n, StreamerElement e) {
        int size = BasicTypes.size(type);
        b.count(n, size, e == null ? "array" : e.name());
        switch (type) {
            case 5 -> {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = b.f32();
                }
                return out;
            }
            case 8 -> {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = b.f64();
                }
                return out;
            }
            case 9, 19 -> {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    out[i] = ((Number) readBasic(type, e)).doubleValue();
                }
                return out;
            }
            case 18 -> {
                boolean[] out = new boolean[n];
                for (int i = 0; i < n; i++) {
                    out[i] = b.bool();
                }
                return out;
            }
            default -> {
                long[] out = new long[n];
                for (int i = 0; i < n; i++) {
                    out[i] = (Long) readBasic(type, e);
                }
                return out;
            }
        }
    }

    private double readDouble32(StreamerElement e) {
        double[] range = e == null ? null : e.range();
        if (range == null) {
            return b.f32();
        }
        return readPacked(range);
    }

    private double readFloat16(StreamerElement e) {
        double[] range = e == null || e.range() == null ? new double[] {0, 0, 12} : e.range();
        return readPacked(range);
    }

    /** Double32_t/Float16_t with a range: an unsigned integer scaled into [min,max], or a float with fewer mantissa bits. */
    private double readPacked(double[] range) {
        double min = range[0];
        double max = range[1];
        int bits = (int) range[2];
        if (max > min) {
            long stored = b.u32();
            double factor = ((1L << bits) - 1) == 0 ? 1 : (max - min) / ((1L << bits) - 1);
            return min + stored * factor;
        }
        int exponent = b.u8();
        int mantissa = b.u16();
        int bitsValue = exponent << 23 | (mantissa & ((1 << (bits + 1)) - 1)) << (23 - bits);
        float value = Float.intBitsToFloat(bitsValue);
        if (((1 << (bits + 1)) & mantissa) != 0) {
            value = -value;
        }
        return value;
    }

    private StreamerInfo readStreamerInfo() {
        Version v = readVersion();
        RootObject named = readNamedObject();
        long checksum = b.u32();
        int classVersion = b.i32();
        Object elements = readObjectAny();
        finish(v, "TStreamerInfo");
        List<StreamerElement> list = new ArrayList<>();
        if (elements instanceof RootObject array) {
            for (Object item : array.items()) {
                if (item instanceof StreamerElement element) {
                    list.add(element);
                }
            }
        }
        return new StreamerInfo(named.string("fName"), classVersion, checksum, List.copyOf(list));
    }

    private StreamerElement readStreamerElement(String elementClass) {
        Version outer = readVersion();
        boolean wrapsElement = !elementClass.equals("TStreamerElement");
        Version middle = null;
        if (elementClass.equals("TStreamerSTLstring")) {
            middle = readVersion();
        }
        Version inner = outer;
        if (wrapsElement) {
            inner = readVersion();
        }
        RootObject named = readNamedObject();
        int type = b.i32();
        int size = b.i32();
        int arrayLength = b.i32();
        int arrayDim = b.i32();
        if (inner.version() == 1) {
            int n = b.count(b.i32(), 4, "fMaxIndex");
            b.skip(4 * n);
        } else {
            b.skip(4 * 5);
        }
        String typeName = b.tstring();
        if (type == 11 && ("Bool_t".equals(typeName) || "bool".equals(typeName))) {
            type = 18;
        }
        if (inner.version() == 3) {
            b.skip(3 * 8);
        }
        finish(inner, "TStreamerElement");
        String countName = "";
        int stlType = 0;
        int contentType = 0;
        if (wrapsElement) {
            switch (elementClass) {
                case "TStreamerBase" -> {
                    if (outer.version() > 2) {
                        b.i32();
                    }
                }
                case "TStreamerBasicPointer", "TStreamerLoop" -> {
                    b.i32();
                    countName = b.tstring();
                    b.tstring();
                }
                case "TStreamerSTL", "TStreamerSTLstring" -> {
                    stlType = b.i32();
                    contentType = b.i32();
                    if (middle != null) {
                        finish(middle, "TStreamerSTL");
                    }
                }
                default -> {
                    // no extra members
                }
            }
            finish(outer, elementClass);
        }
        String title = named.string("fTitle");
        return new StreamerElement(elementClass, named.string("fName"), title, type, size, arrayLength, arrayDim,
                typeName, countName, stlType, contentType, (type == 9 || type == 19 || type == 29 || type == 39
                || type == 49 || type == 59) ? BasicTypes.parseRange(title) : null);
    }
}
