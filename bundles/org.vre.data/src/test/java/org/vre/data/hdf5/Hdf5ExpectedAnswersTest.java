package org.vre.data.hdf5;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vre.data.ExpectedJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Groups, datasets and their values as h5py reads them. Storage details h5py reports and jhdf does not
 * expose the same way (dtype spelling, chunks, filters, fill values) and compound values are left out.
 */
class Hdf5ExpectedAnswersTest {

    private static final Set<String> COMPARED = Set.of("path", "type", "shape", "members", "firstValues", "sum", "value");

    static Stream<Path> expectedAnswers() {
        return ExpectedJson.expectedFiles("hdf5").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedAnswers")
    void readerMatchesH5py(Path expectedFile) {
        JsonNode expected = ExpectedJson.read(expectedFile);
        Path h5 = ExpectedJson.resource("hdf5/" + expected.get("file").asText());
        try (Hdf5DataFile file = new Hdf5DataFile(h5)) {
            Map<String, Object> actual = Hdf5Inspection.describe(file);
            ObjectNode trimmed = ExpectedJson.MAPPER.createObjectNode();
            trimmed.set("size", expected.get("size"));
            var objects = trimmed.putArray("objects");
            for (JsonNode object : expected.get("objects")) {
                ObjectNode o = objects.addObject();
                object.fields().forEachRemaining(f -> {
                    boolean compound = object.path("dtype").asText().startsWith("[") || object.path("firstValues").path(0).isObject();
                    if (COMPARED.contains(f.getKey()) && !(compound && f.getKey().equals("firstValues"))) {
                        o.set(f.getKey(), f.getValue());
                    }
                });
            }
            List<String> differences = new ArrayList<>(ExpectedJson.differences(trimmed, actual, Set.of()));
            assertTrue(differences.isEmpty(), () -> expectedFile.getFileName() + " differs:\n" + String.join("\n", differences));
        }
    }
}
