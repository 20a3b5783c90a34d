package org.vre.lake.transfer;

import org.vre.core.Progress;

/** Lets parallel transfers report into one monitor, which need not be thread safe itself. */
final class SynchronizedProgress implements Progress {

    private final Progress delegate;

    SynchronizedProgress(Progress delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized void begin(String task, long totalWork) {
        delegate.begin(task, totalWork);
    }

    @Override
    public synchronized void worked(long work) {
        delegate.worked(work);
    }

    @Override
    public synchronized void subTask(String name) {
        delegate.subTask(name);
    }

    @Override
    public synchronized boolean isCancelled() {
        return delegate.isCancelled();
    }
}
