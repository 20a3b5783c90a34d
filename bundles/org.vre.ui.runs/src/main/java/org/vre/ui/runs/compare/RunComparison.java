package org.vre.ui.runs.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.vre.engine.Provenance;
import org.vre.engine.Run;

/** What differs between runs: one row per parameter, provenance fact and output, a value per run. Headless. */
public final class RunComparison {

    /** One line of the diff; {@code differs} when the runs' values are not all equal. */
    public record Line(String what, List<String> values) {
        public boolean differs() {
            return values.stream().distinct().count() > 1;
        }
    }

    private RunComparison() {
    }

    public static List<Line> diff(List<Run> runs, List<Provenance> provenances) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (int index = 0; index < runs.size(); index++) {
            final int i = index;
            Run run = runs.get(i);
            Provenance p = provenances.get(i);
            put(rows, "state", i, runs.size(), run.state().label());
            run.parameters().forEach((k, v) -> put(rows, "parameter " + k, i, runs.size(), v));
            if (p != null) {
                put(rows, "provenance specification sha256", i, runs.size(), p.specificationSha256());
                put(rows, "provenance git commit", i, runs.size(), Objects.toString(p.gitCommit(), "none"));
                put(rows, "provenance host", i, runs.size(), p.host());
                put(rows, "provenance VRE version", i, runs.size(), p.vreVersion());
                put(rows, "provenance executors", i, runs.size(), String.join("; ", p.executors()));
                p.inputs().forEach(f -> put(rows, "input " + f.name(), i, runs.size(), f.adler32() + " " + f.bytes() + " B"));
                p.outputs().forEach(f -> put(rows, "output " + f.name(), i, runs.size(), f.adler32() + " " + f.bytes() + " B"));
            }
        }
        List<Line> lines = new ArrayList<>();
        rows.forEach((what, values) -> lines.add(new Line(what, values)));
        return lines;
    }

    private static void put(Map<String, List<String>> rows, String what, int index, int size, String value) {
        List<String> values = rows.computeIfAbsent(what, k -> {
            List<String> empty = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                empty.add("—");
            }
            return empty;
        });
        values.set(index, value == null ? "—" : value);
    }

    /** Outputs (relative paths) every run has on disk, in the first run's order. */
    public static List<String> commonOutputs(List<Run> runs, List<Provenance> provenances) {
        Set<String> common = null;
        for (int i = 0; i < runs.size(); i++) {
            Set<String> present = new LinkedHashSet<>();
            Provenance p = provenances.get(i);
            if (p != null) {
                for (Provenance.FileRecord f : p.outputs()) {
                    if (Files.isRegularFile(runs.get(i).workspace().resolve(f.name()))) {
                        present.add(f.name());
                    }
                }
            }
            if (common == null) {
                common = present;
            } else {
                common.retainAll(present);
            }
        }
        return common == null ? List.of() : List.copyOf(common);
    }

    public static Path output(Run run, String name) {
        return run.workspace().resolve(name);
    }
}
