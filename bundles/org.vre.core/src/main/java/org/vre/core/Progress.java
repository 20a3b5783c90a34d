package org.vre.core;

/**
 * Progress and cancellation for long work, independent of any UI toolkit.
 * The desktop adapts it to IProgressMonitor inside Jobs; the CLI prints it; tests use {@link #NONE}.
 */
public interface Progress {

    /** A monitor that reports nothing and is never cancelled. */
    Progress NONE = new Progress() {
        @Override public void begin(String task, long totalWork) { }
        @Override public void worked(long work) { }
        @Override public boolean isCancelled() { return false; }
    };

    /** Starts a task of {@code totalWork} units, or -1 when the amount is unknown. */
    void begin(String task, long totalWork);

    /** Reports {@code work} more units done. */
    void worked(long work);

    /** Names the part of the task being done now. */
    default void subTask(String name) { }

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancellation was requested; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
