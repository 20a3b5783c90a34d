package org.vre.ui.lake;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.vre.lake.LakeEvent;
import org.vre.lake.LakeEventListener;
import org.vre.ui.UiThread;

/**
 * The reload job of a lake view: reads from the open lake off the UI thread, then hands the result to the view on
 * the UI thread, or says in the view's description what could not be read. A system job of {@link LakeView#FAMILY},
 * so tests and shutdown can wait for it; the view schedules it (after a delay when events come in bursts).
 */
final class LakeReader {

    private LakeReader() {
    }

    /**
     * @param what     what is read, for the failure ("the RSEs")
     * @param read     the reading, given the open lake (runs in the job)
     * @param show     shows the result (runs on the UI thread)
     * @param describe sets the view's content description (runs on the UI thread)
     */
    static <T> Job of(String what, Display display, Function<LakeSession, T> read, Consumer<T> show,
            Consumer<String> describe) {
        Job job = new Job("Reading " + what) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    T result = read.apply(LakeSession.current());
                    UiThread.later(display, () -> show.accept(result));
                } catch (RuntimeException e) {
                    UiThread.later(display, () -> describe.accept("Cannot read " + what + ": " + e.getMessage()));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LakeView.FAMILY;
            }
        };
        job.setSystem(true);
        return job;
    }

    /**
     * Keeps a view current: schedules {@code reload} after {@code delayMillis} for each event
     * {@code relevant} accepts (a burst of events becomes one read) and at once when the views switch to another lake.
     * Returns what stops it, for the view's dispose.
     */
    static Runnable follow(Job reload, long delayMillis, Predicate<LakeEvent> relevant) {
        LakeEventListener events = event -> {
            if (relevant.test(event)) {
                reload.schedule(delayMillis);
            }
        };
        LakeSession.SwitchListener switched = reload::schedule;
        LakeSession.addEventListener(events);
        LakeSession.addSwitchListener(switched);
        return () -> {
            LakeSession.removeEventListener(events);
            LakeSession.removeSwitchListener(switched);
        };
    }
}
