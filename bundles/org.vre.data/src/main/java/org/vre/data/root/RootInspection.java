package org.vre.data.root;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.data.Axis;
import org.vre.data.Column;
import org.vre.data.DataNode;
import org.vre.data.DataObject;
import org.vre.data.Graph;
import org.vre.data.Histogram1D;
import org.vre.data.Histogram2D;
import org.vre.data.MultiGraph;
import org.vre.data.Profile;
import org.vre.data.Table;

/**
 * Describes a ROOT file as plain maps and lists with the field names JSROOT's dump uses (keys, histograms,
 * graphs, trees with branches and their first values), so `vre inspect --json` output and the reference
 * answers can be compared by a script. Objects that fail to read are listed under "errors".
 */
public final class RootInspection {

    private static final int FIRST_VALUES = 5;
    private static final int VALUE_BRANCHES = 3;

    private RootInspection() {
    }

    public static Map<String, Object> describe(RootDataFile data, Progress progress) {
        RootFile file = data.rootFile();
        RootFileHeader h = file.header();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.path().getFileName().toString());
        out.put("size", file.path().toFile().length());
        List<Object> keys = new ArrayList<>();
        List<Object> histograms = new ArrayList<>();
        List<Object> graphs = new ArrayList<>();
        List<Object> trees = new ArrayList<>();
        List<Object> errors = new ArrayList<>();
        List<RootKey> ordered = orderedKeys(file);
        for (RootKey key : ordered) {
            Map<String, Object> k = new LinkedHashMap<>();
            k.put("path", key.path());
            k.put("name", key.name());
            k.put("class", key.className());
            k.put("cycle", key.cycle());
            k.put("title", key.title());
            k.put("objlen", key.objLen());
            k.put("nbytes", key.nbytes());
            k.put("seekKey", key.seekKey());
            keys.add(k);
        }
        progress.begin("Inspecting " + file.path().getFileName(), ordered.size());
        for (RootKey key : ordered) {
            progress.checkCancelled();
            DataNode.Kind kind = RootConverter.kindOf(key.className());
            try {
                switch (kind) {
                    case HISTOGRAM1D, HISTOGRAM2D, PROFILE -> histograms.add(histogram(key, data.read(key.path() + ";" + key.cycle())));
                    case GRAPH, MULTIGRAPH -> graphs.add(graph(key, data.read(key.path() + ";" + key.cycle())));
                    case TABLE -> trees.add(tree(data, key, progress));
                    default -> {
                        // directories and other classes are listed as keys only
                    }
                }
            } catch (VreException e) {
                errors.add(e.getMessage());
            }
            progress.worked(1);
        }
        out.put("keys", keys);
        out.put("histograms", histograms);
        out.put("graphs", graphs);
        out.put("trees", trees);
        out.put("errors", errors);
        out.put("rootVersion", h.rootVersion());
        out.put("compress", h.compress());
        out.put("fBEGIN", h.begin());
        out.put("fEND", h.end());
        out.put("fSeekInfo", h.seekInfo());
        out.put("fUnits", h.units());
        out.put("readComplete", errors.isEmpty());
        return out;
    }

    /** Top-directory keys, then the StreamerInfo key, then subdirectories' keys depth first (JSROOT's order). */
    static List<RootKey> orderedKeys(RootFile file) {
        List<RootKey> out = new ArrayList<>(file.topDirectory().keys());
        file.streamerInfoKey().ifPresent(out::add);
        for (RootDirectory sub : file.topDirectory().subdirectories()) {
            addAll(sub, out);
        }
        return out;
    }

    private static void addAll(RootDirectory dir, List<RootKey> out) {
        out.addAll(dir.keys());
        for (RootDirectory sub : dir.subdirectories()) {
            addAll(sub, out);
        }
    }

    private static Map<String, Object> histogram(RootKey key, DataObject object) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", key.path() + ";" + key.cycle());
        m.put("class", key.className());
        m.put("name", object.name());
        m.put("title", object.title());
        if (object instanceof Histogram1D h) {
            put1D(m, h.xAxis(), h.contents(), h.entries(), h.sumOfWeights(), h.moments(), h.sumw2());
        } else if (object instanceof Profile p) {
            double sum = 0;
            for (int i = 1; i <= p.xAxis().bins(); i++) {
                sum += p.sums()[i];
            }
            put1D(m, p.xAxis(), p.sums(), p.entries(), sum, p.moments(), p.sumw2());
            m.put("binEntries", numbers(p.binEntries()));
            m.put("binSumw2", numbers(p.binSumw2()));
        } else if (object instanceof Histogram2D h) {
            put1D(m, h.xAxis(), h.contents(), h.entries(), h.sumOfWeights(), h.moments(), h.sumw2());
            m.put("dimension", 2);
            m.put("nbinsY", h.yAxis().bins());
            m.put("ymin", h.yAxis().min());
            m.put("ymax", h.yAxis().max());
            m.put("yaxis", axis(h.yAxis()));
            m.put("fTsumwy", h.moments().sumwy());
            m.put("fTsumwy2", h.moments().sumwy2());
            m.put("fTsumwxy", h.moments().sumwxy());
        }
        return m;
    }

    private static void put1D(Map<String, Object> m, Axis x, double[] contents, double entries, double sumOfWeights,
                              org.vre.data.Moments moments, double[] sumw2) {
        m.put("dimension", 1);
        m.put("nbins", x.bins());
        m.put("xmin", x.min());
        m.put("xmax", x.max());
        m.put("xaxis", axis(x));
        m.put("binContentsLength", contents.length);
        m.put("binContents", numbers(contents));
        m.put("entries", entries);
        m.put("sumOfWeights", sumOfWeights);
        m.put("fTsumw", moments.sumw());
        m.put("fTsumw2", moments.sumw2());
        m.put("fTsumwx", moments.sumwx());
        m.put("fTsumwx2", moments.sumwx2());
        m.put("sumw2", numbers(sumw2));
    }

    private static Map<String, Object> axis(Axis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.name());
        m.put("title", a.title());
        m.put("nbins", a.bins());
        m.put("xmin", a.min());
        m.put("xmax", a.max());
        m.put("variableEdges", a.isVariable() ? numbers(a.edges()) : List.of());
        m.put("labels", a.labels());
        return m;
    }

    private static Map<String, Object> graph(RootKey key, DataObject object) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", key.path() + ";" + key.cycle());
        m.put("class", key.className());
        m.put("name", object.name());
        m.put("title", object.title());
        if (object instanceof Graph g) {
            putGraph(m, g, key.className());
        } else if (object instanceof MultiGraph mg) {
            List<Object> graphs = new ArrayList<>();
            for (Graph g : mg.graphs()) {
                Map<String, Object> gm = new LinkedHashMap<>();
                gm.put("name", g.name());
                gm.put("title", g.title());
                putGraph(gm, g, switch (g.errors()) {
                    case NONE -> "TGraph";
                    case SYMMETRIC -> "TGraphErrors";
                    case ASYMMETRIC -> "TGraphAsymmErrors";
                });
                graphs.add(gm);
            }
            m.put("graphs", graphs);
        }
        return m;
    }

    private static void putGraph(Map<String, Object> m, Graph g, String className) {
        m.put("npoints", g.size());
        m.put("x", numbers(g.x()));
        m.put("y", numbers(g.y()));
        if (className.equals("TGraphErrors")) {
            m.put("fEX", numbers(g.exLow()));
            m.put("fEY", numbers(g.eyLow()));
        } else if (className.equals("TGraphAsymmErrors")) {
            m.put("fEXlow", numbers(g.exLow()));
            m.put("fEXhigh", numbers(g.exHigh()));
            m.put("fEYlow", numbers(g.eyLow()));
            m.put("fEYhigh", numbers(g.eyHigh()));
        }
    }

    private static Map<String, Object> tree(RootDataFile data, RootKey key, Progress progress) {
        RootTree tree = data.tree(key);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", key.path() + ";" + key.cycle());
        m.put("class", key.className());
        m.put("name", tree.name());
        m.put("title", tree.title());
        m.put("entries", tree.entries());
        List<Object> branches = new ArrayList<>();
        for (RootBranch b : tree.allBranches()) {
            branches.add(branch(b));
        }
        m.put("branches", branches);
        List<RootBranch> chosen = new ArrayList<>();
        String kind = "scalar";
        for (String wanted : List.of("scalar", "array")) {
            for (RootBranch b : tree.allBranches()) {
                if (chosen.size() < VALUE_BRANCHES && wanted.equals(b.numericKind())
                        && !b.name().endsWith("fUniqueID") && !b.name().endsWith("fBits")) {
                    chosen.add(b);
                }
            }
            if (!chosen.isEmpty()) {
                kind = wanted;
                break;
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (!chosen.isEmpty()) {
            Table table = data.readTable(key, chosen.stream().map(RootBranch::fullPath).toList(), progress);
            for (Column c : table.columns()) {
                List<Object> first = new ArrayList<>();
                for (int i = 0; i < Math.min(FIRST_VALUES, c.size()); i++) {
                    first.add(jsonValue(c.value(i)));
                }
                values.put(c.name(), first);
            }
        }
        m.put("values", values);
        m.put("valueBranchesKind", kind);
        return m;
    }

    private static Map<String, Object> branch(RootBranch b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", b.name());
        m.put("fullPath", b.fullPath());
        m.put("class", b.className());
        m.put("title", b.title());
        m.put("entries", b.entries());
        m.put("nbaskets", b.writeBasket());
        List<Object> leaves = new ArrayList<>();
        for (RootLeaf l : b.leaves()) {
            Map<String, Object> lm = new LinkedHashMap<>();
            lm.put("name", l.name());
            lm.put("class", l.className());
            lm.put("type", l.typeName());
            lm.put("title", l.title());
            lm.put("len", l.len());
            lm.put("lenType", l.lenType());
            lm.put("unsigned", l.unsigned());
            lm.put("countLeaf", l.countLeaf());
            leaves.add(lm);
        }
        m.put("leaves", leaves);
        m.put("subBranches", b.subBranches().stream().map(RootBranch::name).toList());
        if (b.element() != null) {
            m.put("className", b.elementClassName());
            m.put("parentName", b.element().parentName());
            m.put("clonesName", b.element().clonesName());
            m.put("type", b.element().type());
            m.put("streamerType", b.element().streamerType());
            m.put("id", b.element().id());
        }
        m.put("numericKind", b.numericKind());
        return m;
    }

    private static Object jsonValue(Object value) {
        if (value instanceof Double d) {
            return number(d);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(RootInspection::jsonValue).toList();
        }
        return value;
    }

    private static Object number(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return d;
    }

    private static List<Object> numbers(double[] values) {
        List<Object> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(number(v));
        }
        return out;
    }
}
