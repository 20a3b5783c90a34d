package org.vre.data.root.write;

import java.util.List;

/**
 * The streamers ROOT 6 uses to write TGraph (class version 4), TGraphErrors (3) and TMultiGraph (2), written
 * member by member in the order their streamer info ({@link GraphStreamerInfos}) declares.
 */
final class GraphObjects {

    /** ROOT's "not set" value for a graph's plotting minimum and maximum. */
    static final double UNSET = -1111;

    /** A graph to write; {@code ex}/{@code ey} null for a plain TGraph. */
    record GraphSpec(String name, String title, double[] x, double[] y, double[] ex, double[] ey) {
        String className() {
            return ex == null ? "TGraph" : "TGraphErrors";
        }
    }

    private GraphObjects() {
    }

    static void write(RootBytes b, GraphSpec g) {
        if (g.ex() == null) {
            tgraph(b, g);
        } else {
            int at = b.startVersion(3);
            tgraph(b, g);
            b.doubleArrayPointer(g.ex());
            b.doubleArrayPointer(g.ey());
            b.endVersion(at);
        }
    }

    private static void tgraph(RootBytes b, GraphSpec g) {
        int at = b.startVersion(4);
        b.tnamed(g.name(), g.title());
        attLine(b);
        attFill(b);
        attMarker(b);
        b.i32(g.x().length);
        b.doubleArrayPointer(g.x());
        b.doubleArrayPointer(g.y());
        b.object("TList", () -> emptyList(b)); // fFunctions: ROOT's constructor always creates the list
        b.nullPointer(); // fHistogram: made only when drawn
        b.f64(UNSET).f64(UNSET);
        b.endVersion(at);
    }

    static void multiGraph(RootBytes b, String name, String title, List<GraphSpec> graphs) {
        int at = b.startVersion(2);
        b.tnamed(name, title);
        b.object("TList", () -> list(b, graphs)); // fGraphs
        b.nullPointer(); // fFunctions
        b.nullPointer(); // fHistogram
        b.f64(UNSET).f64(UNSET);
        b.endVersion(at);
    }

    private static void attLine(RootBytes b) {
        int at = b.startVersion(2);
        b.i16(1).i16(1).i16(1); // color, style, width
        b.endVersion(at);
    }

    private static void attFill(RootBytes b) {
        int at = b.startVersion(2);
        b.i16(0).i16(1001); // white, solid
        b.endVersion(at);
    }

    private static void attMarker(RootBytes b) {
        int at = b.startVersion(2);
        b.i16(1).i16(1).f32(1f); // color, style, size
        b.endVersion(at);
    }

    static void emptyList(RootBytes b) {
        int at = b.startVersion(5);
        b.tobject();
        b.tstring("");
        b.i32(0);
        b.endVersion(at);
    }

    /** TList::Streamer (version 5): each entry an object pointer followed by its draw option. */
    private static void list(RootBytes b, List<GraphSpec> graphs) {
        int at = b.startVersion(5);
        b.tobject();
        b.tstring("");
        b.i32(graphs.size());
        for (GraphSpec g : graphs) {
            b.object(g.className(), () -> write(b, g));
            b.tstring(""); // draw option
        }
        b.endVersion(at);
    }
}
