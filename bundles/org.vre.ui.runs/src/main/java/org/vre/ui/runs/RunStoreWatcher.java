package org.vre.ui.runs;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.function.Consumer;

import org.vre.engine.Run;
import org.vre.engine.RunStore;

/**
 * Tells about runs other processes write into the store ({@code vre run} in a terminal): the file system reports
 * each new {@code run.json}, which is then read and handed on. Runs this workbench executes are left out (their
 * engine reports them first-hand). Without a watch service, the Runs view's Refresh still reads everything.
 */
final class RunStoreWatcher implements AutoCloseable {

    private final RunStore store;
    private final Consumer<Run> changed;
    private final long ownPid = ProcessHandle.current().pid();
    private WatchService watcher;

    RunStoreWatcher(RunStore store, Consumer<Run> changed) {
        this.store = store;
        this.changed = changed;
    }

    void start() {
        try {
            watcher = store.root().getFileSystem().newWatchService();
            store.root().register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            try (DirectoryStream<Path> folders = Files.newDirectoryStream(store.root(), Files::isDirectory)) {
                for (Path folder : folders) {
                    watchRun(folder);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            return; // no live updates from other processes; Refresh still works
        }
        Thread thread = new Thread(this::loop, "vre-run-store-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watchRun(Path folder) throws IOException {
        folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path folder = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        continue;
                    }
                    Path name = (Path) event.context();
                    if (folder.equals(store.root())) {
                        Path created = folder.resolve(name);
                        if (Files.isDirectory(created)) {
                            watchRun(created);
                            report(created.getFileName().toString());
                        }
                    } else if (name.toString().equals("run.json")) {
                        report(folder.getFileName().toString());
                    }
                }
                key.reset();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException | IOException e) {
            // closed with the workbench, or the store went away
        }
    }

    private void report(String id) {
        try {
            store.find(id).filter(run -> run.ownerPid() != ownPid).ifPresent(changed);
        } catch (RuntimeException e) {
            // a folder that is not a run (VreException), or a run being deleted: nothing to show
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // closing at shutdown
            }
        }
    }
}
