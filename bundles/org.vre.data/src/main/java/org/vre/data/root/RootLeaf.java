package org.vre.data.root;

/**
 * A leaf of a branch: its stored type. {@code type} is ROOT's basic type code (1-19; 21-39 fixed arrays
 * of TLeafElement members), {@link #STRING} for TLeafC, or -1 for objects we do not decode.
 */
public record RootLeaf(String name, String className, String title, int len, int lenType, boolean unsigned,
                       String countLeaf, int type, String typeName) {

    public static final int STRING = 1000;

    public boolean isBasic() {
        return (type >= 1 && type <= 19) || (type >= 21 && type <= 39);
    }

    /** The basic type of one element (arrays of TLeafElement members use 20 + type). */
    public int elementType() {
        return type > 20 && type < 40 ? type - 20 : type;
    }

    static RootLeaf of(RootObject leaf, String branchClassName) {
        String cls = leaf.className();
        String name = leaf.string("fName");
        String title = leaf.string("fTitle");
        int len = (int) leaf.longValue("fLen");
        int lenType = (int) leaf.longValue("fLenType");
        boolean unsigned = leaf.get("fIsUnsigned") instanceof Boolean b && b;
        RootObject count = leaf.object("fLeafCount");
        String countName = count == null ? null : count.string("fName");
        int type;
        switch (cls) {
            case "TLeafB" -> type = unsigned ? 11 : 1;
            case "TLeafS" -> type = unsigned ? 12 : 2;
            case "TLeafI" -> type = unsigned ? 13 : 3;
            case "TLeafL" -> type = unsigned ? 17 : 16;
            case "TLeafG" -> type = unsigned ? 14 : 4;
            case "TLeafF" -> type = 5;
            case "TLeafD" -> type = 8;
            case "TLeafO" -> type = 18;
            case "TLeafC" -> type = STRING;
            case "TLeafElement" -> {
                int t = (int) leaf.longValue("fType");
                type = (t >= 1 && t <= 19) || (t >= 21 && t <= 39) ? t : -1;
                if (type < 0) {
                    return new RootLeaf(name, cls, title, len, lenType, unsigned, countName, -1,
                            "element(streamerType=" + t + ", class=" + branchClassName + ")");
                }
            }
            default -> type = -1;
        }
        String typeName;
        if (type == STRING) {
            typeName = "char* (string)";
        } else if (type > 0) {
            typeName = BasicTypes.name(type > 20 ? type - 20 : type);
        } else {
            typeName = cls;
        }
        return new RootLeaf(name, cls, title, len, lenType, unsigned, countName, type, typeName);
    }
}
