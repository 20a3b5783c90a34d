package org.vre.ui.lake;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.vre.ui.lake.LakeNode.DidNode;
import org.vre.ui.lake.LakeNode.MessageNode;

/** Rows of the lake tree as text: tab-separated for the clipboard, RFC 4180 CSV for files. */
final class RowsExport {

    private RowsExport() {
    }

    static String tsv(List<?> rows, Function<DidNode, String> fileState) {
        return lines(rows, fileState, "\t", s -> s.replace('\t', ' ').replace('\n', ' ')) + "\n";
    }

    static String csv(List<?> rows, Function<DidNode, String> fileState) {
        return lines(rows, fileState, ",", RowsExport::quote) + "\r\n";
    }

    private static String lines(List<?> rows, Function<DidNode, String> fileState, String separator,
            Function<String, String> escape) {
        String header = Stream.of(LakeColumn.values()).map(c -> escape.apply(c.title)).collect(Collectors.joining(separator))
                + separator + escape.apply("DID");
        Stream<String> body = rows.stream().filter(row -> !(row instanceof MessageNode)).map(row -> Stream
                .concat(Stream.of(LakeColumn.values()).map(c -> c.text(row, fileState)),
                        Stream.of(row instanceof DidNode d ? d.did().toString() : ""))
                .map(escape).collect(Collectors.joining(separator)));
        String newline = separator.equals(",") ? "\r\n" : "\n";
        return Stream.concat(Stream.of(header), body).collect(Collectors.joining(newline));
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
