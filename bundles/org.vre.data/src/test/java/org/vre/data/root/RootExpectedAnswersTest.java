package org.vre.data.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vre.core.Progress;
import org.vre.data.ExpectedJson;

import com.fasterxml.jackson.databind.JsonNode;

/** Every number in JSROOT's answers for the corpus files must come out of our reader unchanged. */
class RootExpectedAnswersTest {

    static Stream<Path> expectedAnswers() {
        List<Path> files = ExpectedJson.expectedFiles("root");
        assertEquals(9, files.size(), "the corpus has nine ROOT reference answers");
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedAnswers")
    void readerMatchesJsroot(Path expectedFile) {
        JsonNode expected = ExpectedJson.read(expectedFile);
        Path rootFile = ExpectedJson.resource("root/" + expected.get("file").asText());
        try (RootDataFile file = RootDataFile.open(rootFile)) {
            Map<String, Object> actual = RootInspection.describe(file, Progress.NONE);
            List<String> differences = ExpectedJson.differences(expected, actual, Set.of("jsroot", "sha256"));
            assertTrue(differences.isEmpty(), () -> expectedFile.getFileName() + " differs:\n" + String.join("\n", differences));
            assertFalse(expected.get("keys").isEmpty());
        }
    }
}
