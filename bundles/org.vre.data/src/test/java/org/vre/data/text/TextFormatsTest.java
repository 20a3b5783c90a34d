package org.vre.data.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.VreException;
import org.vre.data.Column;
import org.vre.data.DataFile;
import org.vre.data.DataReaderRegistry;
import org.vre.data.ExpectedJson;
import org.vre.data.Graph;
import org.vre.data.Histogram1D;
import org.vre.data.StandardDataReaders;
import org.vre.data.Table;
import org.vre.data.ValueType;

class TextFormatsTest {

    @TempDir
    Path dir;

    private final DataReaderRegistry registry = StandardDataReaders.create();

    @Test
    void csvColumnsAreTypedAndTheTitleComesFromAComment() throws IOException {
        Path csv = dir.resolve("limits.csv");
        Files.writeString(csv, "# title: Expected limit #sigma\nmass,limit,label\n100,0.5,a\n200,nan,\"b, c\"\n");
        try (DataFile f = registry.open(csv)) {
            Table t = (Table) f.read("limits");
            assertEquals("Expected limit #sigma", t.title());
            assertEquals(ValueType.INT64, t.column("mass").orElseThrow().type());
            assertEquals(ValueType.FLOAT64, t.column("limit").orElseThrow().type());
            assertTrue(Double.isNaN(t.column("limit").orElseThrow().number(1)));
            assertEquals("b, c", t.column("label").orElseThrow().value(1));
        }
    }

    @Test
    void csvWithBinColumnsIsAHistogram() throws IOException {
        Path csv = dir.resolve("h.csv");
        Files.writeString(csv, "low,high,content,error\n0,1,4,2\n1,2,9,3\n2,4,1,1\n");
        try (DataFile f = registry.open(csv)) {
            Histogram1D h = (Histogram1D) f.read("");
            assertEquals(3, h.bins());
            assertArrayEquals(new double[] {0, 1, 2, 4}, h.xAxis().edges());
            assertEquals(9, h.content(2));
            assertEquals(3, h.error(2));
        }
    }

    @Test
    void badCsvNamesTheLine() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "a,b\n1,2\n3\n");
        VreException e = assertThrows(VreException.class, () -> registry.open(csv));
        assertTrue(e.getMessage().contains("bad.csv, line 3"), e.getMessage());
    }

    @Test
    void jsonLayoutsForHistogramsGraphsAndTables() throws IOException {
        Path json = dir.resolve("results.json");
        Files.writeString(json, """
                {"objects": {
                  "h": {"type": "histogram", "title": "m_{#mu#mu}", "edges": [0, 1, 2], "contents": [3, 4], "errors": [1, 2]},
                  "g": {"type": "graph", "x": [1, 2], "y": [3, 4], "eylow": [0.1, 0.2], "eyhigh": [0.3, 0.4]},
                  "t": {"type": "table", "columns": {"run": [1, 2], "eff": [0.5, "NaN"]}}
                }}""");
        try (DataFile f = registry.open(json)) {
            assertEquals(3, f.root().children().size());
            Histogram1D h = (Histogram1D) f.read("h");
            assertEquals(4, h.content(2));
            assertEquals(2, h.error(2));
            Graph g = (Graph) f.read("g");
            assertEquals(Graph.ErrorKind.ASYMMETRIC, g.errors());
            assertEquals(0.4, g.eyHigh()[1]);
            Table t = (Table) f.read("t");
            assertInstanceOf(Column.Integers.class, t.column("run").orElseThrow());
            assertTrue(Double.isNaN(t.column("eff").orElseThrow().number(1)));
        }
    }

    @Test
    void badJsonNamesLineColumnAndField() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"type\": \"histogram\",\n  \"edges\": [0, 1,\n}");
        VreException e = assertThrows(VreException.class, () -> registry.open(broken));
        assertTrue(e.getMessage().contains("broken.json, line 4"), e.getMessage());
        Path wrong = dir.resolve("wrong.json");
        Files.writeString(wrong, "{\"type\": \"histogram\", \"edges\": [0, 1, 2], \"contents\": [1, 2, 3]}");
        VreException w = assertThrows(VreException.class, () -> registry.open(wrong));
        assertTrue(w.getMessage().contains("contents: 3 values for 2 bins"), w.getMessage());
    }

    @Test
    void registryChoosesByMagicBeforeExtension() throws IOException {
        Path disguised = dir.resolve("histograms.dat");
        Files.copy(ExpectedJson.resource("root/uproot-histograms.root"), disguised);
        try (DataFile f = registry.open(disguised)) {
            assertEquals("ROOT", f.format());
        }
        assertEquals("FITS", registry.readerFor(ExpectedJson.resource("fits/btable.fits")).orElseThrow().format());
        assertEquals("HDF5", registry.readerFor(ExpectedJson.resource("hdf5/test_file.hdf5")).orElseThrow().format());
        Path unknown = dir.resolve("notes.xyz");
        Files.writeString(unknown, "hello");
        VreException e = assertThrows(VreException.class, () -> registry.open(unknown));
        assertTrue(e.getMessage().contains("unknown data format"), e.getMessage());
    }
}
