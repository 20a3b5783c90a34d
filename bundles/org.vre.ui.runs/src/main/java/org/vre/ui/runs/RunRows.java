package org.vre.ui.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jface.viewers.IElementComparer;
import org.vre.engine.JobRun;
import org.vre.engine.ResourceUsage;
import org.vre.engine.Run;
import org.vre.engine.RunState;
import org.vre.engine.StepRun;

/**
 * The rows of the Runs view: a run, its steps, their jobs. Snapshots change on every event, so rows are told apart by
 * their ids ({@link #COMPARER}), which keeps selection and expansion across updates.
 */
public final class RunRows {

    private RunRows() {
    }

    /** A row of the tree. */
    public sealed interface Row permits RunRow, StepRow, JobRow {
        String key();

        RunState state();

        String name();
    }

    public record RunRow(Run run) implements Row {
        @Override
        public String key() {
            return run.id();
        }

        @Override
        public RunState state() {
            return run.state();
        }

        @Override
        public String name() {
            return run.id();
        }
    }

    public record StepRow(Run run, StepRun step) implements Row {
        @Override
        public String key() {
            return run.id() + "/" + step.name();
        }

        @Override
        public RunState state() {
            return step.state();
        }

        @Override
        public String name() {
            return step.name() + (step.cached() ? " (cached)" : "");
        }
    }

    public record JobRow(Run run, JobRun job) implements Row {
        @Override
        public String key() {
            return run.id() + "#" + job.id();
        }

        @Override
        public RunState state() {
            return job.state();
        }

        @Override
        public String name() {
            return job.id();
        }
    }

    public static final IElementComparer COMPARER = new IElementComparer() {
        @Override
        public boolean equals(Object a, Object b) {
            return a instanceof Row ra && b instanceof Row rb ? ra.key().equals(rb.key()) : Objects.equals(a, b);
        }

        @Override
        public int hashCode(Object element) {
            return element instanceof Row r ? r.key().hashCode() : Objects.hashCode(element);
        }
    };

    static Object[] children(Row row) {
        if (row instanceof RunRow r) {
            return r.run().steps().stream().map(s -> new StepRow(r.run(), s)).toArray();
        }
        if (row instanceof StepRow s && s.step().jobs().size() > 0) {
            return s.step().jobs().stream().map(j -> new JobRow(s.run(), j)).toArray();
        }
        return new Object[0];
    }

    static String progress(Row row) {
        if (row instanceof RunRow r) {
            return r.run().progress() + " jobs";
        }
        if (row instanceof StepRow s) {
            long done = s.step().jobs().stream().filter(j -> j.state() == RunState.FINISHED).count();
            return done + "/" + s.step().jobs().size();
        }
        return ((JobRow) row).job().exitCode() == null ? "" : "exit " + ((JobRow) row).job().exitCode();
    }

    static String duration(Row row, Instant now) {
        Instant start;
        Instant end;
        if (row instanceof RunRow r) {
            start = r.run().started();
            end = r.run().ended();
        } else {
            List<JobRun> jobs = row instanceof StepRow s ? s.step().jobs() : List.of(((JobRow) row).job());
            start = jobs.stream().map(JobRun::started).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
            boolean allEnded = jobs.stream().allMatch(j -> j.ended() != null);
            end = allEnded ? jobs.stream().map(JobRun::ended).filter(Objects::nonNull).max(Instant::compareTo)
                    .orElse(null) : null;
        }
        if (start == null) {
            return "";
        }
        return format(Duration.between(start, end != null ? end : now));
    }

    static String format(Duration d) {
        long millis = Math.max(0, d.toMillis());
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = millis / 1000;
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60)
                : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }

    /** CPU time summed over the row's jobs ("" when no executor measured it). */
    static String cpu(Row row) {
        long total = usages(row).stream().mapToLong(ResourceUsage::cpuMillis).filter(v -> v >= 0).sum();
        return usages(row).stream().anyMatch(u -> u.cpuMillis() >= 0) ? format(Duration.ofMillis(total)) : "";
    }

    /** The largest peak resident memory of the row's jobs. */
    static String memory(Row row) {
        long peak = usages(row).stream().mapToLong(ResourceUsage::peakRssBytes).max().orElse(-1);
        return peak < 0 ? "" : org.vre.ui.HumanBytes.format(peak);
    }

    private static List<ResourceUsage> usages(Row row) {
        if (row instanceof JobRow j) {
            return List.of(j.job().usage());
        }
        List<StepRun> steps = row instanceof StepRow s ? List.of(s.step()) : ((RunRow) row).run().steps();
        return steps.stream().flatMap(s -> s.jobs().stream()).map(JobRun::usage).toList();
    }

    static String message(Row row) {
        String message = row instanceof RunRow r ? r.run().message()
                : row instanceof StepRow s ? s.step().message() : ((JobRow) row).job().message();
        if (row instanceof StepRow s && s.step().backend() != null) {
            return (message == null ? "" : message + " — ") + "on " + s.step().backend();
        }
        return message == null ? "" : message;
    }
}
