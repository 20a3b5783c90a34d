package org.vre.cli.data;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.data.DataFile;
import org.vre.data.DataNode;
import org.vre.data.StandardDataReaders;
import org.vre.data.fits.FitsDataFile;
import org.vre.data.fits.FitsInspection;
import org.vre.data.hdf5.Hdf5DataFile;
import org.vre.data.hdf5.Hdf5Inspection;
import org.vre.data.root.RootDataFile;
import org.vre.data.root.RootInspection;
import org.vre.cli.JsonOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vre inspect FILE [--json]}: the tree of objects in a ROOT, FITS, HDF5, CSV or JSON file. The JSON
 * uses the field names of the reference answers (ROOT: keys, histograms, graphs, trees; FITS: hdus; HDF5: objects).
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show the objects in a data file (ROOT, FITS, HDF5, CSV, JSON).")
public final class InspectCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The data file.")
    Path file;

    @Mixin
    JsonOption json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (DataFile data = StandardDataReaders.create().open(file)) {
            if (json.json) {
                out.println(toJson(describe(data)));
            } else {
                out.println(data.format() + " file " + file);
                for (DataNode child : data.root().children()) {
                    print(out, child, "  ");
                }
            }
        }
        out.flush();
        return 0;
    }

    static Object describe(DataFile data) {
        if (data instanceof RootDataFile root) {
            return RootInspection.describe(root, Progress.NONE);
        }
        if (data instanceof FitsDataFile fits) {
            return FitsInspection.describe(fits);
        }
        if (data instanceof Hdf5DataFile hdf5) {
            return Hdf5Inspection.describe(hdf5);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", data.path().getFileName().toString());
        out.put("format", data.format());
        out.put("objects", data.root().children().stream().map(InspectCommand::node).toList());
        return out;
    }

    private static Map<String, Object> node(DataNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", n.name());
        m.put("path", n.path());
        m.put("class", n.type());
        m.put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
        m.put("title", n.title());
        m.put("attributes", n.attributes());
        List<Object> children = n.children().stream().map(c -> (Object) node(c)).toList();
        if (!children.isEmpty()) {
            m.put("children", children);
        }
        return m;
    }

    static String toJson(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new VreException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static void print(PrintWriter out, DataNode node, String indent) {
        String title = node.title() == null || node.title().isBlank() ? "" : "  \"" + node.title() + "\"";
        out.println(indent + node.type() + "  " + node.path() + title);
        for (DataNode child : node.children()) {
            print(out, child, indent + "  ");
        }
    }
}
