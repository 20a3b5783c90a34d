package org.vre.ui.workflow.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.vre.core.VreException;
import org.vre.engine.EngineSettings;
import org.vre.engine.ExecutorRegistry;
import org.vre.engine.slurm.SlurmExecutor;
import org.vre.engine.Run;
import org.vre.engine.RunEngine;
import org.vre.engine.RunOptions;
import org.vre.engine.RunState;
import org.vre.engine.RunStore;
import org.vre.engine.local.LocalExecutor;

/**
 * A run started from the editor, as a job: the engine runs it into the run store the {@code vre runs} verbs and the
 * Runs view read ({@code VRE_RUNS}, else {@code ~/.vre/runs}); cancelling the job stops the run.
 */
public final class AnalysisRun extends Job {

    public static final Object FAMILY = new Object();

    private final Path specification;
    private final RunOptions options;
    private volatile Run run;

    public AnalysisRun(Path specification, RunOptions options) {
        super("Run " + specification.getParent().getFileName());
        this.specification = specification;
        this.options = options;
        setUser(true);
    }

    /** The executors a run can be sent to (the engine's registry as this desktop configures it). */
    public static List<String> executorNames() {
        try (LocalExecutor local = LocalExecutor.detecting(null)) {
            ExecutorRegistry registry = new ExecutorRegistry("local").register(local);
            SlurmExecutor.onThisHost(null).ifPresent(slurm -> {
                registry.register(slurm);
                slurm.close();
            });
            return registry.names().stream().sorted().toList();
        }
    }

    public static Path runStore() {
        String runs = System.getenv("VRE_RUNS");
        return runs != null && !runs.isBlank() ? Path.of(runs) : Path.of(System.getProperty("user.home"), ".vre", "runs");
    }

    /** The run once started (null before, or when it could not start). */
    public Run run() {
        return run;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        RunStore store = new RunStore(runStore());
        java.util.Optional<SlurmExecutor> slurm = SlurmExecutor.onThisHost(null);
        ExecutorRegistry executors = new ExecutorRegistry("local");
        slurm.ifPresent(executors::register);
        try (LocalExecutor local = LocalExecutor.detecting(null);
                RunEngine engine = new RunEngine(store, executors.register(local),
                        new EngineSettings(jobEnvironment(), System.getenv(), null))) {
            run = engine.start(specification, options);
            monitor.subTask("run " + run.id());
            while (true) {
                if (monitor.isCanceled()) {
                    engine.stop(run.id());
                    return Status.CANCEL_STATUS;
                }
                try {
                    run = engine.await(run.id(), Duration.ofMillis(500));
                    break;
                } catch (TimeoutException stillRunning) {
                    run = engine.get(run.id());
                }
            }
            return run.state() == RunState.FINISHED ? Status.info("Run " + run.id() + " finished")
                    : Status.warning("Run " + run.id() + " ended " + run.state().name().toLowerCase()
                            + "; see it in the Runs perspective");
        } catch (VreException e) {
            return Status.error(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            slurm.ifPresent(SlurmExecutor::close);
            monitor.done();
        }
    }

    private static Map<String, String> jobEnvironment() {
        Map<String, String> env = new HashMap<>();
        String lake = System.getenv("VRE_LAKE");
        env.put("VRE_LAKE", lake != null && !lake.isBlank() ? lake
                : Path.of(System.getProperty("user.home"), ".vre", "lake").toString());
        return env;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
