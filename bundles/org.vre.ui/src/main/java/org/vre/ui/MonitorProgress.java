package org.vre.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.vre.core.Progress;

/** Adapts the headless {@link Progress} to a Job's monitor, so operations report to the Progress view and can be cancelled. */
public final class MonitorProgress implements Progress {

    private final IProgressMonitor monitor;
    private SubMonitor sub;
    private long total;
    private long done;
    private int ticksReported;

    public MonitorProgress(IProgressMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void begin(String task, long totalWork) {
        total = totalWork;
        done = 0;
        ticksReported = 0;
        // SubMonitor works in ints: scale long byte counts to 10,000 ticks.
        sub = SubMonitor.convert(monitor, task, totalWork < 0 ? IProgressMonitor.UNKNOWN : 10_000);
    }

    @Override
    public void worked(long work) {
        if (sub == null || total <= 0) {
            return;
        }
        done += work;
        int ticks = (int) Math.min(10_000, done * 10_000 / total);
        if (ticks > ticksReported) {
            sub.worked(ticks - ticksReported);
            ticksReported = ticks;
        }
    }

    @Override
    public void subTask(String name) {
        monitor.subTask(name);
    }

    @Override
    public boolean isCancelled() {
        return monitor.isCanceled();
    }
}
