package org.vre.data.root;

import java.util.ArrayList;
import java.util.List;

import org.vre.data.Axis;
import org.vre.data.DataNode;
import org.vre.data.DataObject;
import org.vre.data.Graph;
import org.vre.data.Histogram1D;
import org.vre.data.Histogram2D;
import org.vre.data.Moments;
import org.vre.data.MultiGraph;
import org.vre.data.Profile;

/** Turns ROOT objects read from the file into the neutral data model. */
final class RootConverter {

    private RootConverter() {
    }

    /** What a key's class reads as in the neutral model. */
    static DataNode.Kind kindOf(String className) {
        if (className.startsWith("TH1") || className.equals("TH1")) {
            return DataNode.Kind.HISTOGRAM1D;
        }
        if (className.startsWith("TH2")) {
            return DataNode.Kind.HISTOGRAM2D;
        }
        return switch (className) {
            case "TProfile" -> DataNode.Kind.PROFILE;
            case "TGraph", "TGraphErrors", "TGraphAsymmErrors" -> DataNode.Kind.GRAPH;
            case "TMultiGraph" -> DataNode.Kind.MULTIGRAPH;
            case "TTree", "TNtuple", "TNtupleD" -> DataNode.Kind.TABLE;
            case "TDirectory", "TDirectoryFile" -> DataNode.Kind.DIRECTORY;
            default -> DataNode.Kind.OTHER;
        };
    }

    static DataObject convert(RootObject o, String where) {
        String cls = o.className();
        DataNode.Kind kind = kindOf(cls);
        return switch (kind) {
            case HISTOGRAM1D -> histogram1D(o);
            case HISTOGRAM2D -> histogram2D(o);
            case PROFILE -> profile(o);
            case GRAPH -> graph(o);
            case MULTIGRAPH -> multiGraph(o);
            default -> throw new RootFormatException(where + ": objects of class " + cls
                    + " cannot be shown (supported: TH1*, TH2*, TProfile, TGraph*, TMultiGraph, TTree, TNtuple)");
        };
    }

    static Axis axis(RootObject axis, String fallbackName) {
        if (axis == null) {
            throw new RootFormatException("histogram without " + fallbackName);
        }
        int bins = (int) axis.longValue("fNbins");
        if (bins < 1 || bins > 100_000_000) {
            throw new RootFormatException(fallbackName + ": " + bins + " bins (corrupted)");
        }
        double[] edges = NumericArrays.toDoubles(axis.get("fXbins"));
        List<String> labels = labels(axis.object("fLabels"));
        return new Axis(axis.string("fName"), axis.string("fTitle"), bins, axis.doubleValue("fXmin"),
                axis.doubleValue("fXmax"), edges.length == bins + 1 ? edges : null, labels);
    }

    private static List<String> labels(RootObject list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (Object item : list.items()) {
                if (item instanceof RootObject s) {
                    out.add(s.has("fString") ? s.string("fString") : s.string("fName"));
                }
            }
        }
        return out;
    }

    static Histogram1D histogram1D(RootObject o) {
        Axis x = axis(o.object("fXaxis"), "fXaxis");
        double[] contents = o.doubles("fArray");
        checkLength(o, contents, x.bins() + 2);
        double[] sumw2 = o.doubles("fSumw2");
        return new Histogram1D(o.string("fName"), o.string("fTitle"), x, contents,
                sumw2.length == contents.length ? sumw2 : null, o.doubleValue("fEntries"), moments(o));
    }

    static Histogram2D histogram2D(RootObject o) {
        Axis x = axis(o.object("fXaxis"), "fXaxis");
        Axis y = axis(o.object("fYaxis"), "fYaxis");
        double[] contents = o.doubles("fArray");
        checkLength(o, contents, (x.bins() + 2) * (y.bins() + 2));
        double[] sumw2 = o.doubles("fSumw2");
        return new Histogram2D(o.string("fName"), o.string("fTitle"), x, y, contents,
                sumw2.length == contents.length ? sumw2 : null, o.doubleValue("fEntries"), moments(o));
    }

    static Profile profile(RootObject o) {
        Axis x = axis(o.object("fXaxis"), "fXaxis");
        double[] sums = o.doubles("fArray");
        checkLength(o, sums, x.bins() + 2);
        double[] binEntries = o.doubles("fBinEntries");
        checkLength(o, binEntries, x.bins() + 2);
        double[] sumw2 = o.doubles("fSumw2");
        double[] binSumw2 = o.doubles("fBinSumw2");
        int mode = o.has("fErrorMode") ? (int) o.longValue("fErrorMode") : 0;
        String option = switch (mode) {
            case 1 -> "s";
            case 2 -> "i";
            case 3 -> "g";
            default -> "";
        };
        return new Profile(o.string("fName"), o.string("fTitle"), x, sums,
                sumw2.length == sums.length ? sumw2 : new double[sums.length], binEntries,
                binSumw2.length == sums.length ? binSumw2 : null, o.doubleValue("fEntries"), moments(o), option);
    }

    private static void checkLength(RootObject o, double[] array, int expected) {
        if (array.length != expected) {
            throw new RootFormatException(o.className() + " '" + o.string("fName") + "': " + array.length
                    + " bin values where the axes need " + expected + " (corrupted)");
        }
    }

    static Moments moments(RootObject o) {
        return new Moments(o.doubleOr("fTsumw", 0), o.doubleOr("fTsumw2", 0), o.doubleOr("fTsumwx", 0),
                o.doubleOr("fTsumwx2", 0), o.doubleOr("fTsumwy", 0), o.doubleOr("fTsumwy2", 0),
                o.doubleOr("fTsumwxy", 0));
    }

    static Graph graph(RootObject o) {
        int n = (int) o.longValue("fNpoints");
        double[] x = cut(o.doubles("fX"), n, o);
        double[] y = cut(o.doubles("fY"), n, o);
        String name = o.string("fName");
        String title = o.string("fTitle");
        return switch (o.className()) {
            case "TGraphErrors" -> new Graph(name, title, x, y, cut(o.doubles("fEX"), n, o), cut(o.doubles("fEX"), n, o),
                    cut(o.doubles("fEY"), n, o), cut(o.doubles("fEY"), n, o), Graph.ErrorKind.SYMMETRIC);
            case "TGraphAsymmErrors" -> new Graph(name, title, x, y, cut(o.doubles("fEXlow"), n, o),
                    cut(o.doubles("fEXhigh"), n, o), cut(o.doubles("fEYlow"), n, o), cut(o.doubles("fEYhigh"), n, o),
                    Graph.ErrorKind.ASYMMETRIC);
            default -> Graph.of(name, title, x, y);
        };
    }

    private static double[] cut(double[] values, int n, RootObject o) {
        if (values.length == 0 && n == 0) {
            return values;
        }
        if (values.length < n || n < 0) {
            throw new RootFormatException(o.className() + " '" + o.string("fName") + "': " + n + " points but "
                    + values.length + " values stored (corrupted)");
        }
        return values.length == n ? values : java.util.Arrays.copyOf(values, n);
    }

    static MultiGraph multiGraph(RootObject o) {
        List<Graph> graphs = new ArrayList<>();
        RootObject list = o.object("fGraphs");
        if (list != null) {
            for (Object item : list.items()) {
                if (item instanceof RootObject g && kindOf(g.className()) == DataNode.Kind.GRAPH) {
                    graphs.add(graph(g));
                }
            }
        }
        return new MultiGraph(o.string("fName"), o.string("fTitle"), graphs);
    }
}
