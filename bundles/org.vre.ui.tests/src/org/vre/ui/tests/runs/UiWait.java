package org.vre.ui.tests.runs;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Waits on the UI thread while it keeps dispatching events (jobs post their results there): until a job ends (its
 * done event wakes the display) or a condition shown in the widgets holds, failing after a timeout.
 */
final class UiWait {

    private UiWait() {
    }

    /** Dispatches events until {@code condition} holds; checked whenever an event arrives (a timer wakes it too). */
    static void until(Display display, Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean[] tick = {false};
        Runnable wake = new Runnable() {
            @Override
            public void run() {
                tick[0] = true;
                if (!display.isDisposed()) {
                    display.timerExec(100, this);
                }
            }
        };
        display.timerExec(100, wake);
        try {
            while (!condition.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
                }
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        } finally {
            display.timerExec(-1, wake);
        }
        while (display.readAndDispatch()) {
            // the events the last change posted
        }
    }

    /** Dispatches events until no job of {@code family} is left (each job's end wakes the display). */
    static void jobs(Display display, Object family, Duration timeout) {
        JobChangeAdapter waker = new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.wake();
            }
        };
        Job.getJobManager().addJobChangeListener(waker);
        try {
            until(display, timeout, "the jobs of " + family, () -> Job.getJobManager().find(family).length == 0);
        } finally {
            Job.getJobManager().removeJobChangeListener(waker);
        }
    }
}
