package org.vre.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.vre.core.VreException;

/** Sends the server's log (java.util.logging, which our bundles use) to a file, one line a record. */
final class ServerLog {

    private ServerLog() {
    }

    static void toFile(Path file) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tLZ %4$s %3$s: %5$s%6$s%n");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Handler handler = new FileHandler(file.toString(), true);
            handler.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            for (Handler old : root.getHandlers()) {
                root.removeHandler(old);
            }
            root.addHandler(handler);
            root.setLevel(Level.INFO);
        } catch (IOException e) {
            throw new VreException("cannot write the server log " + file + ": " + e.getMessage(), e);
        }
    }
}
