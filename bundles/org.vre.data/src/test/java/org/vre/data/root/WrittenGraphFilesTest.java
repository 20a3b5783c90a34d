package org.vre.data.root;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.data.DataNode;
import org.vre.data.Graph;
import org.vre.data.MultiGraph;
import org.vre.data.root.write.RootFileWriter;

/**
 * TGraph, TGraphErrors and TMultiGraph are not in the corpus (it has only TGraphAsymmErrors), so these tests
 * write small ROOT files byte for byte with a test-only writer ({@link RootFileWriter}: file header, top
 * directory, TKeys, a StreamerInfo record describing every class used, key list and free segments; payloads
 * plain or zlib-compressed) and check that our reader gives back exactly what was written.
 */
class WrittenGraphFilesTest {

    @TempDir
    Path dir;

    private static final double[] X = {0.5, 1.5, 2.5, 3.5};
    private static final double[] Y = {10.25, -3.0, 7.125, 1e-3};
    private static final double[] EX = {0.5, 0.5, 0.25, 0.125};
    private static final double[] EY = {1.5, 2.0, 0.0, 3.75};

    private RootDataFile write(String name, int compression, java.util.function.Consumer<RootFileWriter> content) {
        RootFileWriter writer = new RootFileWriter(name, "graphs written by a test", compression);
        content.accept(writer);
        Path file = dir.resolve(name);
        writer.write(file);
        return RootDataFile.open(file);
    }

    @Test
    void plainGraphAndGraphWithErrors() {
        for (int compression : new int[] {0, 6}) {
            try (RootDataFile file = write("graphs-" + compression + ".root", compression, w -> w
                    .graph("g", "plain graph;x [cm];y", X, Y)
                    .graphErrors("ge", "#chi^{2} with errors", X, Y, EX, EY))) {
                Graph g = assertInstanceOf(Graph.class, file.read("g"));
                assertEquals("g", g.name());
                assertEquals("plain graph;x [cm];y", g.title());
                assertArrayEquals(X, g.x());
                assertArrayEquals(Y, g.y());
                assertEquals(Graph.ErrorKind.NONE, g.errors());
                assertEquals(0, g.eyLow().length);

                Graph ge = assertInstanceOf(Graph.class, file.read("ge"));
                assertEquals("#chi^{2} with errors", ge.title());
                assertEquals(Graph.ErrorKind.SYMMETRIC, ge.errors());
                assertArrayEquals(X, ge.x());
                assertArrayEquals(Y, ge.y());
                assertArrayEquals(EX, ge.exLow());
                assertArrayEquals(EX, ge.exHigh());
                assertArrayEquals(EY, ge.eyLow());
                assertArrayEquals(EY, ge.eyHigh());

                List<DataNode> nodes = file.root().children();
                assertEquals(List.of("g", "ge"), nodes.stream().map(DataNode::name).toList());
                assertEquals(List.of("TGraph", "TGraphErrors"), nodes.stream().map(DataNode::type).toList());
                assertEquals(DataNode.Kind.GRAPH, nodes.get(1).kind());
                assertEquals(compression == 0 ? 0 : 100 + compression, file.rootFile().header().compress());
            }
        }
    }

    @Test
    void multiGraphMembersInOrder() {
        double[] x2 = {1, 2, 3};
        double[] y2 = {4, 5, 6};
        double[] ey2 = {0.5, 0.25, 0.125};
        try (RootDataFile file = write("multi.root", 1, w -> w.multiGraph("mg", "combination;E [GeV];events",
                List.of("run1", "run2", "run3"), List.of("first run", "second run", "third run"),
                List.of(new double[][] {X, Y}, new double[][] {x2, y2, new double[3], ey2}, new double[][] {x2, Y.clone()})))) {
            MultiGraph mg = assertInstanceOf(MultiGraph.class, file.read("mg"));
            assertEquals("mg", mg.name());
            assertEquals("combination;E [GeV];events", mg.title());
            assertEquals(List.of("run1", "run2", "run3"), mg.graphs().stream().map(Graph::name).toList());
            assertEquals(List.of("first run", "second run", "third run"), mg.graphs().stream().map(Graph::title).toList());
            assertArrayEquals(Y, mg.graphs().get(0).y());
            assertEquals(Graph.ErrorKind.NONE, mg.graphs().get(0).errors());
            Graph second = mg.graphs().get(1);
            assertEquals(Graph.ErrorKind.SYMMETRIC, second.errors());
            assertArrayEquals(x2, second.x());
            assertArrayEquals(ey2, second.eyHigh());
            assertArrayEquals(new double[3], second.exLow());
            assertEquals(DataNode.Kind.MULTIGRAPH, file.root().children().get(0).kind());
        }
    }

    @Test
    void writingIsReproducible() {
        RootFileWriter a = new RootFileWriter("same.root", "t", 1).graph("g", "t", X, Y);
        RootFileWriter b = new RootFileWriter("same.root", "t", 1).graph("g", "t", X, Y);
        assertArrayEquals(a.toBytes(), b.toBytes());
    }
}
