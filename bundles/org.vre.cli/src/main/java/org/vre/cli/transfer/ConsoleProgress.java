package org.vre.cli.transfer;

import java.io.PrintWriter;
import java.util.Locale;

import org.vre.core.Progress;

/**
 * Progress on a terminal: one line rewritten in place at most every half second, only when stderr is a
 * terminal (scripts and --json get clean output). Ctrl-C ends the JVM; partial downloads stay as .part.
 */
final class ConsoleProgress implements Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private String task = "";
    private long total = -1;
    private long done;
    private long lastPrint;

    ConsoleProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled && System.console() != null;
    }

    @Override
    public void begin(String name, long totalWork) {
        task = name;
        total = totalWork;
        done = 0;
    }

    @Override
    public void worked(long work) {
        done += work;
        long now = System.nanoTime();
        if (enabled && now - lastPrint > 500_000_000L) {
            lastPrint = now;
            String of = total > 0 ? String.format(Locale.ROOT, " %5.1f%%", 100.0 * done / total) : "";
            err.print("\r" + task + of + String.format(Locale.ROOT, " %.1f MB", done / 1e6));
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    void end() {
        if (enabled && lastPrint != 0) {
            err.println();
            err.flush();
        }
    }
}
