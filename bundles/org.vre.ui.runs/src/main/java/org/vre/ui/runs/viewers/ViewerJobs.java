package org.vre.ui.runs.viewers;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.vre.core.VreException;

/** Reading and rendering for the viewers happen in jobs of one family, so the UI thread never does I/O. */
public final class ViewerJobs {

    /** The family of every viewer job: tests join it instead of sleeping. */
    public static final Object FAMILY = new Object();

    /** Work whose user errors ({@link VreException}) the viewer shows itself. */
    @FunctionalInterface
    public interface Work {
        void run(IProgressMonitor monitor);
    }

    private ViewerJobs() {
    }

    public static Job schedule(String name, Work work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                work.run(monitor);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
        return job;
    }
}
