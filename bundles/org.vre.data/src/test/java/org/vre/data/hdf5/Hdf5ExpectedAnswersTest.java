package org.vre.data.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vre.data.ExpectedJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Every field h5py recorded for the corpus files, compared with what our reader reports: paths, attributes,
 * shapes, dtypes in numpy spelling, chunks, filters (compression, options, shuffle, fletcher32), fill values,
 * layout, first values and sums, compound element values, scalar values, the superblock version.
 *
 * <p>A few expected values are placeholders or spellings of h5py's Python objects, not values; each has a
 * precise rule here instead of string equality:
 * <ul>
 * <li>{@code "<reference>"} (h5py's Reference objects cannot be dumped): ours must be {@code <reference PATH>}
 * naming an object of the file.</li>
 * <li>{@code "Empty(dtype=dtype('int32'))"}: numpy prints the same dtype as {@code int32} or {@code <i4}
 * depending on how h5py built it; ours always uses the short spelling, so the two are compared as dtypes.</li>
 * <li>{@code fillvalue "<vlen: not dumped>"}: the dump skipped variable-length fill values; ours must be null
 * (variable-length data has no fill value).</li>
 * <li>{@code sha256}: checked against the test resource itself (that it is the file the answer was made from).</li>
 * <li>{@code libver}: h5py's (low, high) format bounds. The low bound follows from the superblock version,
 * which we compare; the high bound is the reading library's own newest format (HDF5 1.10.8: v110), a
 * property of the tool, not of the file. {@code h5py} and {@code hdf5} are the tool versions.</li>
 * </ul>
 */
class Hdf5ExpectedAnswersTest {

    private static final Set<String> TOOL_FIELDS = Set.of("h5py", "hdf5", "libver", "sha256");
    private static final Pattern EMPTY = Pattern.compile("Empty\\(dtype=dtype\\('([^']*)'\\)\\)");
    private static final Pattern REFERENCE = Pattern.compile("<reference (/[^>]*)>");

    static Stream<Path> expectedAnswers() {
        return ExpectedJson.expectedFiles("hdf5").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedAnswers")
    void readerMatchesH5py(Path expectedFile) {
        JsonNode expected = ExpectedJson.read(expectedFile);
        Path h5 = ExpectedJson.resource("hdf5/" + expected.get("file").asText());
        assertEquals(expected.get("sha256").asText(), sha256(h5), "the test file is not the one the answer was made from");
        try (Hdf5DataFile file = new Hdf5DataFile(h5)) {
            Map<String, Object> described = Hdf5Inspection.describe(file);
            JsonNode actual = ExpectedJson.MAPPER.valueToTree(described);
            assertEquals(lowFormatBound(actual.get("superblockVersion").asInt()), expected.get("libver").get(0).asText(),
                    "format low bound implied by the superblock version");

            Set<String> objectPaths = new HashSet<>(List.of("/"));
            actual.get("objects").forEach(o -> objectPaths.add(o.get("path").asText()));
            List<String> differences = new ArrayList<>();
            acceptPlaceholders("$", expected, actual, objectPaths, differences);
            differences.addAll(ExpectedJson.differences(expected, actual, TOOL_FIELDS));
            assertTrue(differences.isEmpty(), () -> expectedFile.getFileName() + " differs:\n" + String.join("\n", differences));
        }
    }

    /** Where the answer holds a placeholder and ours satisfies its rule, put the placeholder into ours. */
    private static void acceptPlaceholders(String where, JsonNode expected, JsonNode actual, Set<String> objectPaths,
                                           List<String> differences) {
        if (actual == null) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> f = it.next();
                JsonNode a = actual.get(f.getKey());
                String at = where + "." + f.getKey();
                if (f.getKey().equals("fillvalue") && f.getValue().asText().equals("<vlen: not dumped>")) {
                    if (a != null && a.isNull() && actual.path("dtype").asText().equals("object")) {
                        ((ObjectNode) actual).set(f.getKey(), f.getValue());
                    } else {
                        differences.add(at + ": a variable-length dataset must have no fill value, got " + a);
                    }
                } else if (accepted(f.getValue(), a, objectPaths)) {
                    ((ObjectNode) actual).set(f.getKey(), f.getValue());
                } else {
                    acceptPlaceholders(at, f.getValue(), a, objectPaths, differences);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                if (accepted(expected.get(i), actual.get(i), objectPaths)) {
                    ((ArrayNode) actual).set(i, expected.get(i));
                } else {
                    acceptPlaceholders(where + "[" + i + "]", expected.get(i), actual.get(i), objectPaths, differences);
                }
            }
        }
    }

    private static boolean accepted(JsonNode expected, JsonNode actual, Set<String> objectPaths) {
        if (!(expected instanceof TextNode) || actual == null || !actual.isTextual()) {
            return false;
        }
        if (expected.asText().equals("<reference>")) {
            Matcher m = REFERENCE.matcher(actual.asText());
            return m.matches() && objectPaths.contains(m.group(1));
        }
        Matcher e = EMPTY.matcher(expected.asText());
        Matcher a = EMPTY.matcher(actual.asText());
        return e.matches() && a.matches() && sameDtype(e.group(1), a.group(1));
    }

    /** numpy's long names and short codes for the same little-endian types. */
    private static boolean sameDtype(String x, String y) {
        return shortCode(x).equals(shortCode(y));
    }

    private static String shortCode(String dtype) {
        Matcher m = Pattern.compile("(u?int|float)(\\d+)").matcher(dtype);
        if (m.matches()) {
            int bytes = Integer.parseInt(m.group(2)) / 8;
            String kind = m.group(1).equals("int") ? "i" : m.group(1).equals("uint") ? "u" : "f";
            return (bytes == 1 ? "" : "<") + kind + bytes;
        }
        return dtype.equals("object") ? "O" : dtype;
    }

    /** HDF5 1.10 opens a file with the oldest format its superblock allows as low bound. */
    private static String lowFormatBound(int superblockVersion) {
        return switch (superblockVersion) {
            case 0, 1 -> "earliest";
            case 2 -> "v18";
            default -> "v110";
        };
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
