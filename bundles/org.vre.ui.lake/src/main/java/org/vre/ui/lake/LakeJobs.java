package org.vre.ui.lake;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.vre.core.CancelledException;
import org.vre.core.Progress;
import org.vre.ui.MonitorProgress;

/**
 * Lake actions as jobs: progress in the Progress view (not a modal progress dialog), cancellable, errors explained by {@link LakeErrors}
 * (the job itself then ends OK, so the platform does not show a second, raw dialog).
 */
public final class LakeJobs {

    /** Family of every action job (uploads, downloads, rules, transfers), for tests and shutdown. */
    public static final Object FAMILY = new Object();

    private LakeJobs() {
    }

    /**
     * Runs {@code work} with the open lake in a job named {@code name}; {@code what} names the action in an error
     * message; {@code done} receives the result on the job's thread.
     */
    public static <T> Job schedule(String name, String what, Function<Work, T> work, Consumer<T> done) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    T result = work.apply(new Work(LakeSession.current(), new MonitorProgress(monitor)));
                    if (done != null) {
                        done.accept(result);
                    }
                    return Status.OK_STATUS;
                } catch (CancelledException e) {
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    LakeErrors.show(what, e);
                    return Status.OK_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
        return job;
    }

    /** What an action job works with. */
    public record Work(LakeSession session, Progress progress) {
    }
}
