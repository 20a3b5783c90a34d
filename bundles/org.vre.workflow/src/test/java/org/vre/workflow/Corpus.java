package org.vre.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The REANA demo specifications and seed workflows copied into the test resources. */
public final class Corpus {

    private Corpus() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(Corpus.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource missing: " + name, e);
        }
    }

    public static Path reanaRoot() {
        return resource("reana");
    }

    /** Every specification listed in the corpus MANIFEST (kind reana-spec), as a path under the test resources. */
    public static List<Path> specifications() {
        Path root = reanaRoot();
        List<Path> result = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(root.resolve("MANIFEST.tsv"))) {
                String[] columns = line.split("\t", -1);
                if (columns.length > 5 && columns[5].equals("reana-spec")) {
                    result.add(root.getParent().resolve(columns[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    /** A name for messages: the path relative to the corpus folder. */
    public static String name(Path spec) {
        return reanaRoot().relativize(spec).toString();
    }
}
