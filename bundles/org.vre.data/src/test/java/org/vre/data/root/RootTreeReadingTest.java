package org.vre.data.root;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vre.core.Progress;
import org.vre.data.Column;
import org.vre.data.ExpectedJson;
import org.vre.data.Histogram1D;
import org.vre.data.Histogram2D;
import org.vre.data.Profile;
import org.vre.data.Table;

/** Whole-tree reads checked against independent facts: other codecs, histograms filled from the same tree. */
class RootTreeReadingTest {

    private static RootDataFile open(String name) {
        return RootDataFile.open(ExpectedJson.resource("root/" + name));
    }

    @Test
    void lzmaAndZstdCopiesOfTheSameTreeGiveIdenticalColumns() {
        try (RootDataFile lzma = open("uproot-Zmumu-lzma.root"); RootDataFile zstd = open("uproot-Zmumu-zstd.root")) {
            Table a = (Table) lzma.read("events");
            Table b = (Table) zstd.read("events");
            assertEquals(2304, a.rows());
            assertEquals(20, a.columns().size());
            assertEquals(a.columnNames(), b.columnNames());
            for (int c = 0; c < a.columns().size(); c++) {
                Column x = a.columns().get(c);
                Column y = b.columns().get(c);
                for (int r = 0; r < a.rows(); r++) {
                    assertEquals(x.value(r), y.value(r), x.name() + " row " + r);
                }
            }
            Column type = a.column("Type").orElseThrow();
            assertInstanceOf(Column.Strings.class, type);
            assertTrue(List.of("GT", "TT", "GG").contains(type.value(0)), "Type is a short muon category: " + type.value(0));
        }
    }

    @Test
    void ntupleRefillsTheHistogramsTheSameJobFilled() {
        // hsimple.C fills hpx(px), hpxpy(px,py) and hprof(px,pz) with the values it writes to the ntuple
        try (RootDataFile file = open("uproot-hepdata-example.root")) {
            Table ntuple = (Table) file.read("ntuple");
            assertEquals(75000, ntuple.rows());
            Histogram1D hpx = (Histogram1D) file.read("hpx");
            Histogram2D hpxpy = (Histogram2D) file.read("hpxpy");
            Profile hprof = (Profile) file.read("hprof");
            double[] refilled = new double[hpx.contents().length];
            double[] refilled2 = new double[hpxpy.contents().length];
            double[] profileEntries = new double[hprof.binEntries().length];
            double[] profileSums = new double[hprof.sums().length];
            Column px = ntuple.column("px").orElseThrow();
            Column py = ntuple.column("py").orElseThrow();
            Column pz = ntuple.column("pz").orElseThrow();
            for (int i = 0; i < ntuple.rows(); i++) {
                double x = px.number(i);
                refilled[hpx.xAxis().findBin(x)]++;
                refilled2[hpxpy.globalBin(hpxpy.xAxis().findBin(x), hpxpy.yAxis().findBin(py.number(i)))]++;
                double z = pz.number(i);
                if (z >= 0 && z <= 20) { // hsimple.C books hprof with y limited to [0, 20]
                    int pbin = hprof.xAxis().findBin(x);
                    profileEntries[pbin]++;
                    profileSums[pbin] += z;
                }
            }
            assertArrayEquals(hpx.contents(), refilled);
            assertArrayEquals(hpxpy.contents(), refilled2);
            assertArrayEquals(hprof.binEntries(), profileEntries);
            for (int i = 0; i < profileSums.length; i++) {
                // the profile stores float sums accumulated in double: equal to well below a float's precision
                assertEquals(hprof.sums()[i], profileSums[i], 1e-6 * Math.max(1, Math.abs(profileSums[i])));
            }
            Column index = ntuple.column("i").orElseThrow();
            for (int i = 0; i < ntuple.rows(); i++) {
                assertEquals(i, index.number(i), "ntuple column i counts entries");
            }
        }
    }

    @Test
    void everyBasicTypeScalarFixedAndVariableArraysOfTheSampleTree() {
        try (RootDataFile file = open("uproot-sample-5.30.00-lzma.root")) {
            Table t = (Table) file.read("sample");
            assertEquals(30, t.rows());
            assertEquals(35, t.columns().size());
            Column n = t.column("n").orElseThrow();
            Column i4 = t.column("i4").orElseThrow();
            Column ai4 = t.column("ai4").orElseThrow();
            Column Ai4 = t.column("Ai4").orElseThrow();
            Column u8 = t.column("u8").orElseThrow();
            Column f8 = t.column("Af8").orElseThrow();
            Column str = t.column("str").orElseThrow();
            for (int r = 0; r < 30; r++) {
                assertEquals(r % 5, n.number(r), "n cycles 0..4");
                assertEquals(r - 15, i4.number(r));
                assertEquals(List.of((long) r - 14, (long) r - 13, (long) r - 12), ai4.value(r));
                assertEquals(r % 5, ((Column.Arrays) Ai4).length(r), "Ai4[n] has n values");
                assertEquals(r % 5, ((Column.Arrays) f8).length(r));
                assertEquals("hey-" + r, str.value(r));
            }
            assertEquals(org.vre.data.ValueType.UINT64, u8.type());
            assertEquals(org.vre.data.ValueType.BOOL, t.column("b").orElseThrow().type());
        }
    }

    @Test
    void basketsStoredInsideTheBranchRecordOfAnOldRoot4File() {
        try (RootDataFile file = open("uproot-from-geant4.root")) {
            Table tracks = (Table) file.read("GeneratedTracks");
            assertEquals(1000, tracks.rows());
            Column event = tracks.column("Event").orElseThrow();
            for (int r = 0; r < 1000; r++) {
                assertEquals(r, event.number(r));
            }
            Table strips = (Table) file.read("HitStrips");
            assertEquals(4808, strips.rows());
        }
    }

    @Test
    void splitObjectTreeReadsMemberArraysSizedByTheClonesCount() {
        try (RootDataFile file = open("uproot-issue213.root")) {
            RootKey key = file.key("T");
            Table t = file.readTable(key, List.of("eventPack/fMCHits/fMCHits.fEvtID",
                    "eventPack/fMCHits/fMCHits.fEneDep", "eventPack/fEvtIndex"), Progress.NONE);
            Column.Arrays evt = (Column.Arrays) t.columns().get(0);
            Column.Arrays ene = (Column.Arrays) t.columns().get(1);
            Column index = t.columns().get(2);
            long hits = 0;
            for (int r = 0; r < t.rows(); r++) {
                assertEquals(evt.length(r), ene.length(r), "members of one TClonesArray have one length per entry");
                for (Object id : (List<?>) evt.value(r)) {
                    assertEquals(index.value(r), id, "every hit carries the event's index");
                }
                hits += evt.length(r);
            }
            assertTrue(hits > 0);
        }
    }
}
