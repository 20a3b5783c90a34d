package org.vre.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripTest {

    static Stream<Path> specifications() {
        return Corpus.specifications().stream();
    }

    @Test
    void corpusHasAllFiftyOneSpecifications() {
        List<Path> specs = Corpus.specifications();
        assertEquals(51, specs.size());
        specs.forEach(p -> org.junit.jupiter.api.Assertions.assertTrue(Files.isRegularFile(p), p::toString));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specifications")
    void unchangedModelSavesByteIdentical(Path spec) throws Exception {
        String text = Files.readString(spec);
        WorkflowFile file = WorkflowFile.load(spec);
        assertEquals(text, file.toText());
    }
}
