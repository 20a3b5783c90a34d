package org.vre.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.engine.local.ContainerRuntime;
import org.vre.testing.PodmanImage;

/**
 * Steps in containers with a real podman and a local image imported from a debootstrap root file system: a step
 * whose image podman has runs inside it (it sees the image's marker file, which the host lacks); a step whose image
 * is missing runs on the host with a note, as nothing is pulled during a run.
 */
class ContainerRunTest {

    @TempDir
    Path tmp;

    @Test
    void aStepRunsInsideItsLocalImageAndAMissingImageFallsBackToTheHost() throws Exception {
        assertFalse(Files.exists(Path.of(PodmanImage.MARKER_PATH)), "the host must not have the image's marker");
        PodmanImage image = PodmanImage.debian(tmp.resolve("podman"));
        ContainerRuntime.Detection podman = ContainerRuntime.detect(List.of("podman"), System.getenv("PATH"),
                image.environment());
        assertTrue(podman.runtime().isPresent(), podman.note());

        try (EngineFixture f = new EngineFixture(tmp.resolve("engine"), null, Map.of("ANSWER", "42"), podman)) {
            Path spec = f.write("reana.yaml", """
                    version: 0.9.0
                    workflow:
                      type: serial
                      specification:
                        steps:
                          - name: inside
                            environment: '%s'
                            commands:
                              - cat %s > inside.txt; echo "answer=$$ANSWER" >> inside.txt
                          - name: host
                            environment: 'localhost/vre-no-such-image:1'
                            commands:
                              - test ! -e %s && echo on-the-host > host.txt
                    outputs:
                      files: [inside.txt, host.txt]
                    """.formatted(PodmanImage.IMAGE, PodmanImage.MARKER_PATH, PodmanImage.MARKER_PATH));
            Run run = f.runToEnd(spec, RunOptions.defaults());

            assertEquals(RunState.FINISHED, run.state(), run.message() + "\n" + f.lines);
            assertEquals(PodmanImage.MARKER_TEXT + "\nanswer=42\n", Files.readString(run.workspace().resolve("inside.txt")),
                    "ran inside the image, with the engine's environment");
            assertEquals("on-the-host\n", Files.readString(run.workspace().resolve("host.txt")));
            assertTrue(f.lines.stream().anyMatch(l -> l.contains("note: running on the host, not in"
                    + " localhost/vre-no-such-image:1: podman does not have this image")), f.lines.toString());
            assertFalse(f.lines.stream().anyMatch(l -> l.contains("not in " + PodmanImage.IMAGE)), f.lines.toString());
        }
    }
}
