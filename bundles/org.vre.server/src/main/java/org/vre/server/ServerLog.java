package org.vre.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import org.vre.core.VreException;

/**
 * Sends the server's log (java.util.logging, which our bundles use) to a file, one line a record.
 * The JVM resets java.util.logging in a shutdown hook of its own, concurrently with ours, so this handler
 * ignores that close and is closed by the server after its last line ("server stopped").
 */
final class ServerLog extends StreamHandler {

    private ServerLog(OutputStream out) {
        super(out, new SimpleFormatter());
    }

    static ServerLog toFile(Path file) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ServerLog handler = new ServerLog(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
            Logger root = Logger.getLogger("");
            for (Handler old : root.getHandlers()) {
                root.removeHandler(old);
            }
            root.addHandler(handler);
            root.setLevel(Level.INFO);
            return handler;
        } catch (IOException e) {
            throw new VreException("cannot write the server log " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void publish(LogRecord record) {
        super.publish(record);
        flush();
    }

    @Override
    public synchronized void close() {
        flush();
    }

    /**
     * Writes one line straight to the file. At JVM shutdown the logging tree may already have been reset,
     * so the server's last lines go through here rather than through a Logger.
     */
    void write(Level level, String source, String message) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName(source);
        publish(record);
    }

    /** Closes the file for real, after the server's last line. */
    synchronized void finish() {
        super.close();
    }
}
