package org.vre.data.root.write;

import java.util.List;

/**
 * The StreamerInfo record for files holding graphs: a TList of TStreamerInfo (version 9) for every class the
 * objects use, each with a TObjArray of TStreamerElement subclasses, as ROOT 6 writes them.
 *
 * <p>Class versions, member types and checksums of TObject, TNamed, TAttLine, TAttFill, TAttMarker, TGraph,
 * TList, TSeqCollection and TCollection are those a ROOT 6.22 file of the corpus declares
 * (uproot-issue-240.root). TGraphErrors (version 3) and TMultiGraph (version 2) are not in the corpus: their
 * members follow ROOT's class headers and their checksum is written as 0, which readers that go by the
 * streamer info (ours, uproot, JSROOT) do not use; ROOT itself would only warn that it differs.
 */
final class GraphStreamerInfos {

    private static final int BASE = 0;
    private static final int TOBJECT_BASE = 66;
    private static final int TNAMED_BASE = 67;
    private static final int SHORT = 2;
    private static final int INT = 3;
    private static final int FLOAT = 5;
    private static final int COUNTER = 6;
    private static final int DOUBLE = 8;
    private static final int UINT = 13;
    private static final int BITS = 15;
    private static final int DOUBLE_POINTER = 48;
    private static final int OBJECT_POINTER = 64;
    private static final int TSTRING = 65;

    private record Element(String elementClass, int elementVersion, String name, String title, int type, int size,
                           String typeName, int baseVersion, String countName, String countClass, int countVersion) {
    }

    private record Info(String className, int version, long checksum, List<Element> elements) {
    }

    private GraphStreamerInfos() {
    }

    private static Element base(String name, String title, int type, int version) {
        return new Element("TStreamerBase", 3, name, title, type, 0, "BASE", version, null, null, 0);
    }

    private static Element basic(String name, String title, int type, int size, String typeName) {
        return new Element("TStreamerBasicType", 2, name, title, type, size, typeName, 0, null, null, 0);
    }

    private static Element doubles(String name, String title, String countClass, int countVersion) {
        return new Element("TStreamerBasicPointer", 2, name, "[fNpoints] " + title, DOUBLE_POINTER, 8, "double*",
                0, "fNpoints", countClass, countVersion);
    }

    private static Element pointer(String name, String title, String typeName) {
        return new Element("TStreamerObjectPointer", 2, name, title, OBJECT_POINTER, 8, typeName, 0, null, null, 0);
    }

    private static Element string(String name, String title) {
        return new Element("TStreamerString", 2, name, title, TSTRING, 24, "TString", 0, null, null, 0);
    }

    private static final Info TOBJECT = new Info("TObject", 1, 2417737773L, List.of(
            basic("fUniqueID", "object unique identifier", UINT, 4, "unsigned int"),
            basic("fBits", "bit field status word", BITS, 4, "unsigned int")));
    private static final Info TNAMED = new Info("TNamed", 1, 3753331260L, List.of(
            base("TObject", "Basic ROOT object", TOBJECT_BASE, 1),
            string("fName", "object identifier"),
            string("fTitle", "object title")));
    private static final Info TATTLINE = new Info("TAttLine", 2, 2483504457L, List.of(
            basic("fLineColor", "Line color", SHORT, 2, "short"),
            basic("fLineStyle", "Line style", SHORT, 2, "short"),
            basic("fLineWidth", "Line width", SHORT, 2, "short")));
    private static final Info TATTFILL = new Info("TAttFill", 2, 4292422290L, List.of(
            basic("fFillColor", "Fill area color", SHORT, 2, "short"),
            basic("fFillStyle", "Fill area style", SHORT, 2, "short")));
    private static final Info TATTMARKER = new Info("TAttMarker", 2, 689802220L, List.of(
            basic("fMarkerColor", "Marker color", SHORT, 2, "short"),
            basic("fMarkerStyle", "Marker style", SHORT, 2, "short"),
            basic("fMarkerSize", "Marker size", FLOAT, 4, "float")));
    private static final Info TGRAPH = new Info("TGraph", 4, 100136037L, List.of(
            base("TNamed", "The basis for a named object (name, title)", TNAMED_BASE, 1),
            base("TAttLine", "Line attributes", BASE, 2),
            base("TAttFill", "Fill area attributes", BASE, 2),
            base("TAttMarker", "Marker attributes", BASE, 2),
            basic("fNpoints", "Number of points <= fMaxSize", COUNTER, 4, "int"),
            doubles("fX", "array of X points", "TGraph", 4),
            doubles("fY", "array of Y points", "TGraph", 4),
            pointer("fFunctions", "Pointer to list of functions (fits and user)", "TList*"),
            pointer("fHistogram", "Pointer to histogram used for drawing axis", "TH1F*"),
            basic("fMinimum", "Minimum value for plotting along y", DOUBLE, 8, "double"),
            basic("fMaximum", "Maximum value for plotting along y", DOUBLE, 8, "double")));
    private static final Info TGRAPHERRORS = new Info("TGraphErrors", 3, 0, List.of(
            base("TGraph", "Graph graphics class", BASE, 4),
            doubles("fEX", "array of X errors", "TGraph", 4),
            doubles("fEY", "array of Y errors", "TGraph", 4)));
    private static final Info TMULTIGRAPH = new Info("TMultiGraph", 2, 0, List.of(
            base("TNamed", "The basis for a named object (name, title)", TNAMED_BASE, 1),
            pointer("fGraphs", "Pointer to list of TGraphs", "TList*"),
            pointer("fFunctions", "Pointer to list of functions (fits and user)", "TList*"),
            pointer("fHistogram", "Pointer to histogram used for drawing axis", "TH1F*"),
            basic("fMaximum", "Maximum value for plotting along y", DOUBLE, 8, "double"),
            basic("fMinimum", "Minimum value for plotting along y", DOUBLE, 8, "double")));
    private static final Info TLIST = new Info("TList", 5, 1774568379L, List.of(
            base("TSeqCollection", "Sequenceable collection ABC", BASE, 0)));
    private static final Info TSEQCOLLECTION = new Info("TSeqCollection", 0, 4234951622L, List.of(
            base("TCollection", "Collection abstract base class", BASE, 3)));
    private static final Info TCOLLECTION = new Info("TCollection", 3, 1474546588L, List.of(
            base("TObject", "Basic ROOT object", TOBJECT_BASE, 1),
            string("fName", "name of the collection"),
            basic("fSize", "number of elements in collection", INT, 4, "int")));

    /** The infos a file needs: graphs always; errors and multigraphs when used. */
    static void writeList(RootBytes b, boolean errors, boolean multiGraph) {
        List<Info> infos = new java.util.ArrayList<>(List.of(TNAMED, TOBJECT, TATTLINE, TATTFILL, TATTMARKER, TGRAPH));
        if (errors) {
            infos.add(TGRAPHERRORS);
        }
        if (multiGraph) {
            infos.add(TMULTIGRAPH);
        }
        infos.addAll(List.of(TLIST, TSEQCOLLECTION, TCOLLECTION));
        int at = b.startVersion(5);
        b.tobject();
        b.tstring("");
        b.i32(infos.size());
        for (Info info : infos) {
            b.object("TStreamerInfo", () -> info(b, info));
            b.tstring("");
        }
        b.endVersion(at);
    }

    private static void info(RootBytes b, Info info) {
        int at = b.startVersion(9);
        b.tnamed(info.className(), "");
        b.i32(info.checksum());
        b.i32(info.version());
        b.object("TObjArray", () -> {
            int arrayAt = b.startVersion(3);
            b.tobject();
            b.tstring("");
            b.i32(info.elements().size());
            b.i32(0); // fLowerBound
            for (Element e : info.elements()) {
                b.object(e.elementClass(), () -> element(b, e));
            }
            b.endVersion(arrayAt);
        });
        b.endVersion(at);
    }

    private static void element(RootBytes b, Element e) {
        int outer = b.startVersion(e.elementVersion());
        int inner = b.startVersion(4); // TStreamerElement
        b.tnamed(e.name(), e.title());
        b.i32(e.type()).i32(e.size()).i32(0).i32(0); // fType, fSize, fArrayLength, fArrayDim
        for (int i = 0; i < 5; i++) {
            b.i32(0); // fMaxIndex
        }
        b.tstring(e.typeName());
        b.endVersion(inner);
        if (e.elementClass().equals("TStreamerBase")) {
            b.i32(e.baseVersion());
        } else if (e.elementClass().equals("TStreamerBasicPointer")) {
            b.i32(e.countVersion()).tstring(e.countName()).tstring(e.countClass());
        }
        b.endVersion(outer);
    }
}
