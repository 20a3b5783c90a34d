package org.vre.data.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vre.core.VreException;
import org.vre.data.Axis;
import org.vre.data.Column;
import org.vre.data.DataFile;
import org.vre.data.DataNode;
import org.vre.data.DataObject;
import org.vre.data.Histogram1D;
import org.vre.data.Moments;
import org.vre.data.Table;
import org.vre.data.ValueType;

/**
 * A CSV file as a shell step writes it: optional "# title: ..." comment lines, one header line of column
 * names, then rows separated by commas (or tabs/semicolons, guessed from the header). Columns are typed:
 * integers, floats (nan/inf accepted), else strings. A file whose columns are exactly
 * {@code low,high,content[,error]} reads as a histogram; otherwise as a table.
 */
public final class CsvDataFile implements DataFile {

    private static final long MAX_CELLS = 50_000_000L;

    private final Path path;
    private final Table table;
    private final DataNode root;

    public CsvDataFile(Path path) {
        this.path = path;
        this.table = parse(path);
        String name = path.getFileName().toString();
        DataNode.Kind kind = isHistogram(table) ? DataNode.Kind.HISTOGRAM1D : DataNode.Kind.TABLE;
        DataNode object = new DataNode(table.name(), table.name(), kind == DataNode.Kind.TABLE ? "table" : "histogram",
                table.title(), kind, Map.of("rows", table.rows(), "columns", table.columnNames()), List.of());
        this.root = new DataNode(name, "", "CSV", "", DataNode.Kind.DIRECTORY, Map.of(), List.of(object));
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public DataNode root() {
        return root;
    }

    @Override
    public DataObject read(String objectPath) {
        if (!objectPath.isEmpty() && !objectPath.equals(table.name())) {
            throw new VreException(path.getFileName() + ": a CSV file holds one object, '" + table.name() + "', not '" + objectPath + "'");
        }
        return isHistogram(table) ? histogram(table) : table;
    }

    @Override
    public void close() {
        // read at open
    }

    private static boolean isHistogram(Table t) {
        List<String> names = t.columnNames();
        return (names.equals(List.of("low", "high", "content")) || names.equals(List.of("low", "high", "content", "error")))
                && t.rows() > 0 && t.columns().stream().allMatch(c -> c.type().isNumeric());
    }

    private static Histogram1D histogram(Table t) {
        int n = (int) t.rows();
        double[] edges = new double[n + 1];
        double[] contents = new double[n + 2];
        double[] sumw2 = new double[n + 2];
        Column low = t.columns().get(0);
        Column high = t.columns().get(1);
        Column content = t.columns().get(2);
        Column error = t.columns().size() > 3 ? t.columns().get(3) : null;
        for (int i = 0; i < n; i++) {
            edges[i] = low.number(i);
            if (i > 0 && Math.abs(high.number(i - 1) - low.number(i)) > 1e-12 * Math.max(1, Math.abs(low.number(i)))) {
                throw new VreException(t.name() + ": row " + (i + 2) + ": bin starts at " + low.number(i)
                        + " but the previous bin ends at " + high.number(i - 1) + " (bins must be contiguous)");
            }
            contents[i + 1] = content.number(i);
            double e = error == null ? Math.sqrt(Math.abs(contents[i + 1])) : error.number(i);
            sumw2[i + 1] = e * e;
        }
        edges[n] = high.number(n - 1);
        Axis axis = new Axis("x", "", n, edges[0], edges[n], edges, List.of());
        double sum = 0;
        for (double c : contents) {
            sum += c;
        }
        return new Histogram1D(t.name(), t.title(), axis, contents, sumw2, sum, Moments.of1D(sum, sum, 0, 0));
    }

    static Table parse(Path path) {
        String name = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String title = "";
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        char separator = ',';
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    String comment = line.substring(1).trim();
                    if (comment.toLowerCase(Locale.ROOT).startsWith("title:")) {
                        title = comment.substring(6).trim();
                    }
                    continue;
                }
                if (header == null) {
                    separator = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 && line.indexOf(',') < 0 ? ';' : ',';
                    header = split(line, separator, path, lineNumber);
                    continue;
                }
                List<String> cells = split(line, separator, path, lineNumber);
                if (cells.size() != header.size()) {
                    throw new VreException(path.getFileName() + ", line " + lineNumber + ": " + cells.size()
                            + " values but the header names " + header.size() + " columns");
                }
                rows.add(cells);
                if ((long) rows.size() * header.size() > MAX_CELLS) {
                    throw new VreException(path.getFileName() + ", line " + lineNumber + ": more than " + MAX_CELLS
                            + " values, too large to load");
                }
            }
        } catch (IOException e) {
            throw new VreException(path.getFileName() + ": cannot read: " + e.getMessage(), e);
        }
        if (header == null) {
            throw new VreException(path.getFileName() + ": empty CSV file (no header line)");
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            columns.add(column(header.get(c).trim(), rows, c));
        }
        return new Table(name, title, rows.size(), columns);
    }

    private static Column column(String name, List<List<String>> rows, int c) {
        boolean integers = true;
        boolean numbers = true;
        for (List<String> row : rows) {
            String v = row.get(c).trim();
            if (integers && !v.matches("[+-]?\\d{1,18}")) {
                integers = false;
            }
            if (numbers && parseDouble(v) == null) {
                numbers = false;
                break;
            }
        }
        if (integers && !rows.isEmpty()) {
            long[] out = new long[rows.size()];
            for (int r = 0; r < out.length; r++) {
                out[r] = Long.parseLong(rows.get(r).get(c).trim().replace("+", ""));
            }
            return new Column.Integers(name, ValueType.INT64, out);
        }
        if (numbers && !rows.isEmpty()) {
            double[] out = new double[rows.size()];
            for (int r = 0; r < out.length; r++) {
                out[r] = parseDouble(rows.get(r).get(c).trim());
            }
            return new Column.Floats(name, ValueType.FLOAT64, out);
        }
        String[] out = new String[rows.size()];
        for (int r = 0; r < out.length; r++) {
            out[r] = rows.get(r).get(c);
        }
        return new Column.Strings(name, out);
    }

    private static Double parseDouble(String v) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "nan":
                return Double.NaN;
            case "inf", "+inf", "infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return v.isEmpty() ? null : Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    return null;
                }
        }
    }

    /** Splits one line; double quotes protect separators, "" is a quote. */
    private static List<String> split(String line, char separator, Path path, int lineNumber) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new VreException(path.getFileName() + ", line " + lineNumber + ", column " + line.length()
                    + ": quote not closed");
        }
        out.add(cell.toString());
        return out;
    }
}
