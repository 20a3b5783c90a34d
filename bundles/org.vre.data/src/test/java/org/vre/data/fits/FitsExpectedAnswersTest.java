package org.vre.data.fits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vre.data.ExpectedJson;

import com.fasterxml.jackson.databind.JsonNode;

/** Headers, images and tables of the corpus FITS files as astropy reads them. */
class FitsExpectedAnswersTest {

    static Stream<Path> expectedAnswers() {
        return ExpectedJson.expectedFiles("fits").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedAnswers")
    void readerMatchesAstropy(Path expectedFile) {
        JsonNode expected = ExpectedJson.read(expectedFile);
        Path fits = ExpectedJson.resource("fits/" + expected.get("file").asText());
        try (FitsDataFile file = new FitsDataFile(fits)) {
            List<String> differences = ExpectedJson.differences(expected, FitsInspection.describe(file),
                    Set.of("astropy", "sha256"));
            assertTrue(differences.isEmpty(), () -> expectedFile.getFileName() + " differs:\n" + String.join("\n", differences));
        }
    }
}
