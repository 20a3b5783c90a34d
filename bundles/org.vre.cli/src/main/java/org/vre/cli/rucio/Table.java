package org.vre.cli.rucio;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Rucio's tables (python-tabulate's "psql" style), so scripts that parse them keep working. */
final class Table {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    void add(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell.toString());
        }
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(rule(widths, '+', '+'));
        out.println(line(headers, widths));
        out.println(rule(widths, '|', '+'));
        for (List<String> row : rows) {
            out.println(line(row, widths));
        }
        out.println(rule(widths, '+', '+'));
    }

    private static String rule(int[] widths, char edge, char cross) {
        StringBuilder b = new StringBuilder().append(edge);
        for (int i = 0; i < widths.length; i++) {
            b.append("-".repeat(widths[i] + 2)).append(i == widths.length - 1 ? edge : cross);
        }
        return b.toString();
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            b.append(' ').append(cell).append(" ".repeat(widths[i] - cell.length())).append(" |");
        }
        return b.toString();
    }
}
