package org.vre.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.vre.core.VreException;
import org.vre.engine.Provenance.FileRecord;
import org.vre.workflow.model.Outputs;

/** The declared outputs present in a workspace, every file checksummed; missing ones are reported, not fatal. */
public final class OutputCollection {

    private OutputCollection() {
    }

    public static List<FileRecord> collect(Outputs outputs, Path workspace, Consumer<String> note) {
        List<FileRecord> records = new ArrayList<>();
        if (outputs == null) {
            return records;
        }
        List<String> entries = new ArrayList<>(outputs.getFiles());
        entries.addAll(outputs.getDirectories());
        for (String entry : entries) {
            Path path = workspace.resolve(entry).normalize();
            if (!path.startsWith(workspace)) {
                note.accept("outputs: '" + entry + "' is outside the workspace: ignored");
                continue;
            }
            if (Files.isRegularFile(path)) {
                records.add(InputStaging.record(entry, "output", path));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        records.add(InputStaging.record(workspace.relativize(f).toString(), "output", f));
                    }
                } catch (IOException e) {
                    throw new VreException("cannot list output " + path + ": " + e.getMessage());
                }
            } else {
                note.accept("outputs: '" + entry + "' was not produced");
            }
        }
        return records;
    }
}
