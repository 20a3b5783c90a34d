package org.vre.data.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.core.VreException;
import org.vre.data.Axis;
import org.vre.data.Column;
import org.vre.data.DataFile;
import org.vre.data.DataNode;
import org.vre.data.DataObject;
import org.vre.data.Graph;
import org.vre.data.Histogram1D;
import org.vre.data.Moments;
import org.vre.data.Table;
import org.vre.data.ValueType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON file in one of the simple layouts documented in the user guide: a single object with a
 * {@code "type"} of {@code histogram} (edges, contents, optional errors), {@code graph} (x, y, optional
 * ex, ey or exlow/exhigh/eylow/eyhigh) or {@code table} (columns: name to array), or
 * {@code {"objects": {"name": {...}, ...}}} holding several.
 */
public final class JsonDataFile implements DataFile {

    private final Path path;
    private final Map<String, DataObject> objects = new LinkedHashMap<>();
    private final DataNode root;

    public JsonDataFile(Path path) {
        this.path = path;
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(path.toFile());
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new VreException(path.getFileName() + ", line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new VreException(path.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
        if (document == null || !document.isObject()) {
            throw new VreException(path.getFileName() + ": expected a JSON object at the top");
        }
        String base = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        if (document.has("objects")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = document.get("objects").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                objects.put(e.getKey(), convert(e.getKey(), e.getValue(), "objects." + e.getKey()));
            }
        } else {
            objects.put(document.path("name").asText(base), convert(document.path("name").asText(base), document, "$"));
        }
        List<DataNode> children = new ArrayList<>();
        for (Map.Entry<String, DataObject> e : objects.entrySet()) {
            DataNode.Kind kind = e.getValue() instanceof Histogram1D ? DataNode.Kind.HISTOGRAM1D
                    : e.getValue() instanceof Graph ? DataNode.Kind.GRAPH : DataNode.Kind.TABLE;
            children.add(new DataNode(e.getKey(), e.getKey(), kind.name().toLowerCase(java.util.Locale.ROOT),
                    e.getValue().title(), kind, Map.of(), List.of()));
        }
        root = new DataNode(path.getFileName().toString(), "", "JSON", "", DataNode.Kind.DIRECTORY, Map.of(), children);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String format() {
        return "JSON";
    }

    @Override
    public DataNode root() {
        return root;
    }

    @Override
    public DataObject read(String objectPath) {
        DataObject o = objectPath.isEmpty() && objects.size() == 1 ? objects.values().iterator().next() : objects.get(objectPath);
        if (o == null) {
            throw new VreException(path.getFileName() + ": no object '" + objectPath + "' (it has " + objects.keySet() + ")");
        }
        return o;
    }

    @Override
    public void close() {
        // read at open
    }

    private DataObject convert(String name, JsonNode node, String where) {
        String type = node.path("type").asText("");
        String title = node.path("title").asText("");
        return switch (type) {
            case "histogram" -> histogram(name, title, node, where);
            case "graph" -> graph(name, title, node, where);
            case "table" -> table(name, title, node, where);
            default -> throw new VreException(path.getFileName() + ", " + where + ".type: '" + type
                    + "' is not one of histogram, graph, table");
        };
    }

    private Histogram1D histogram(String name, String title, JsonNode node, String where) {
        double[] edges = numbers(node, "edges", where, true);
        int bins = edges.length - 1;
        if (bins < 1) {
            throw new VreException(path.getFileName() + ", " + where + ".edges: needs at least two edges");
        }
        double[] given = numbers(node, "contents", where, true);
        double[] contents;
        if (given.length == bins) {
            contents = new double[bins + 2];
            System.arraycopy(given, 0, contents, 1, bins);
        } else if (given.length == bins + 2) {
            contents = given;
        } else {
            throw new VreException(path.getFileName() + ", " + where + ".contents: " + given.length + " values for "
                    + bins + " bins (give " + bins + ", or " + (bins + 2) + " with under/overflow)");
        }
        double[] errors = numbers(node, "errors", where, false);
        double[] sumw2 = null;
        if (errors.length > 0) {
            if (errors.length != given.length) {
                throw new VreException(path.getFileName() + ", " + where + ".errors: " + errors.length
                        + " values, contents has " + given.length);
            }
            sumw2 = new double[bins + 2];
            for (int i = 0; i < errors.length; i++) {
                sumw2[errors.length == bins ? i + 1 : i] = errors[i] * errors[i];
            }
        }
        for (int i = 1; i < edges.length; i++) {
            if (!(edges[i] > edges[i - 1])) {
                throw new VreException(path.getFileName() + ", " + where + ".edges[" + i + "]: edges must increase");
            }
        }
        double entries = node.path("entries").asDouble(0);
        double sum = 0;
        for (int i = 1; i <= bins; i++) {
            sum += contents[i];
        }
        Axis axis = new Axis("x", node.path("xlabel").asText(""), bins, edges[0], edges[bins], edges, List.of());
        return new Histogram1D(name, title, axis, contents, sumw2, entries == 0 ? sum : entries, Moments.of1D(sum, sum, 0, 0));
    }

    private Graph graph(String name, String title, JsonNode node, String where) {
        double[] x = numbers(node, "x", where, true);
        double[] y = numbers(node, "y", where, true);
        if (x.length != y.length) {
            throw new VreException(path.getFileName() + ", " + where + ": x has " + x.length + " values, y has " + y.length);
        }
        try {
            if (node.has("eylow") || node.has("eyhigh")) {
                return new Graph(name, title, x, y, numbers(node, "exlow", where, false), numbers(node, "exhigh", where, false),
                        numbers(node, "eylow", where, false), numbers(node, "eyhigh", where, false), Graph.ErrorKind.ASYMMETRIC);
            }
            if (node.has("ey") || node.has("ex")) {
                double[] ex = numbers(node, "ex", where, false);
                double[] ey = numbers(node, "ey", where, false);
                return new Graph(name, title, x, y, ex, ex, ey, ey, Graph.ErrorKind.SYMMETRIC);
            }
        } catch (IllegalArgumentException e) {
            throw new VreException(path.getFileName() + ", " + where + ": " + e.getMessage(), e);
        }
        return Graph.of(name, title, x, y);
    }

    private Table table(String name, String title, JsonNode node, String where) {
        JsonNode cols = node.path("columns");
        if (!cols.isObject()) {
            throw new VreException(path.getFileName() + ", " + where + ".columns: expected an object of name: [values]");
        }
        List<Column> columns = new ArrayList<>();
        long rows = -1;
        for (Iterator<Map.Entry<String, JsonNode>> it = cols.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode values = e.getValue();
            if (!values.isArray()) {
                throw new VreException(path.getFileName() + ", " + where + ".columns." + e.getKey() + ": expected an array");
            }
            if (rows >= 0 && values.size() != rows) {
                throw new VreException(path.getFileName() + ", " + where + ".columns." + e.getKey() + ": " + values.size()
                        + " values, other columns have " + rows);
            }
            rows = values.size();
            columns.add(column(e.getKey(), values));
        }
        return new Table(name, title, Math.max(rows, 0), columns);
    }

    private static Column column(String name, JsonNode values) {
        boolean integers = true;
        boolean numbers = true;
        for (JsonNode v : values) {
            integers &= v.isIntegralNumber() && v.canConvertToLong();
            numbers &= v.isNumber() || v.isTextual() && isNonFinite(v.asText());
        }
        if (integers) {
            long[] out = new long[values.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = values.get(i).asLong();
            }
            return new Column.Integers(name, ValueType.INT64, out);
        }
        if (numbers) {
            double[] out = new double[values.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = number(values.get(i));
            }
            return new Column.Floats(name, ValueType.FLOAT64, out);
        }
        String[] out = new String[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i).isNull() ? null : values.get(i).asText();
        }
        return new Column.Strings(name, out);
    }

    private static boolean isNonFinite(String s) {
        return s.equals("NaN") || s.equals("Infinity") || s.equals("-Infinity");
    }

    private static double number(JsonNode v) {
        return v.isTextual() ? Double.parseDouble(v.asText()) : v.asDouble();
    }

    private double[] numbers(JsonNode node, String field, String where, boolean required) {
        JsonNode array = node.get(field);
        if (array == null || array.isNull()) {
            if (required) {
                throw new VreException(path.getFileName() + ", " + where + "." + field + ": missing");
            }
            return new double[0];
        }
        if (!array.isArray()) {
            throw new VreException(path.getFileName() + ", " + where + "." + field + ": expected an array of numbers");
        }
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = array.get(i);
            if (!(v.isNumber() || v.isTextual() && isNonFinite(v.asText()))) {
                throw new VreException(path.getFileName() + ", " + where + "." + field + "[" + i + "]: not a number: " + v);
            }
            out[i] = number(v);
        }
        return out;
    }
}
