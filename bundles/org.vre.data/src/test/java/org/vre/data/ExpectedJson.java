package org.vre.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Compares what a reader produced with a reference answer: every field of the expected JSON must be present
 * in the actual tree and equal (numbers exactly, as doubles; non-finite numbers are strings in both).
 * Returns the list of differences with their JSON paths so one failure shows every mismatch.
 */
public final class ExpectedJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private ExpectedJson() {
    }

    /** A test resource as a file path (resources are plain files under target/test-classes). */
    public static Path resource(String name) {
        try {
            return Path.of(ExpectedJson.class.getResource("/org/vre/data/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }

    public static List<Path> expectedFiles(String folder) {
        try (Stream<Path> s = Files.list(resource(folder + "/expected"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Differences between expected and actual, ignoring the top-level fields in {@code ignored}. */
    public static List<String> differences(JsonNode expected, Object actual, Set<String> ignored) {
        JsonNode a = actual instanceof JsonNode n ? n : MAPPER.valueToTree(actual);
        List<String> out = new ArrayList<>();
        compare("$", expected, a, ignored, out, true);
        return out;
    }

    private static void compare(String path, JsonNode e, JsonNode a, Set<String> ignored, List<String> out, boolean top) {
        if (out.size() > 40) {
            return;
        }
        if (a == null || a.isMissingNode()) {
            out.add(path + ": missing (expected " + abbreviate(e) + ")");
            return;
        }
        if (e.isObject()) {
            if (!a.isObject()) {
                out.add(path + ": expected an object, got " + abbreviate(a));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (top && ignored.contains(field.getKey())) {
                    continue;
                }
                compare(path + "." + field.getKey(), field.getValue(), a.get(field.getKey()), ignored, out, false);
            }
        } else if (e.isArray()) {
            if (!a.isArray()) {
                out.add(path + ": expected an array, got " + abbreviate(a));
                return;
            }
            if (e.size() != a.size()) {
                out.add(path + ": expected " + e.size() + " elements, got " + a.size());
                return;
            }
            for (int i = 0; i < e.size(); i++) {
                compare(path + "[" + i + "]", e.get(i), a.get(i), ignored, out, false);
            }
        } else if (e.isNumber()) {
            if (!a.isNumber() || Double.compare(e.doubleValue(), a.doubleValue()) != 0) {
                out.add(path + ": expected " + e + ", got " + a);
            }
        } else if (e.isNull()) {
            if (!a.isNull()) {
                out.add(path + ": expected null, got " + abbreviate(a));
            }
        } else if (!e.equals(a)) {
            out.add(path + ": expected " + abbreviate(e) + ", got " + abbreviate(a));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
