package org.vre.ui.runs.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;
import org.vre.engine.LogListener;
import org.vre.engine.Run;
import org.vre.engine.RunListener;
import org.vre.engine.RunStore;
import org.vre.ui.UiThread;

/**
 * One console per run in the Console view, filled live as jobs write: standard output in the default colour, standard
 * error in red, the engine's own lines in blue, each prefixed with the job. The Console view brings the follow (scroll
 * lock off), find and clear actions.
 */
public final class RunConsoles implements LogListener, RunListener {

    /** The console's type, so tests and actions can tell our consoles from others. */
    public static final String TYPE = "org.vre.ui.runs.console";

    private final Map<String, RunConsole> consoles = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ended = new ConcurrentHashMap<>();

    @Override
    public void line(String runId, String jobId, Stream stream, String text) {
        RunConsole console = console(runId);
        String prefix = stream == Stream.ENGINE ? "[vre] " : "";
        console.stream(stream).println(prefix + (jobId == null ? "" : jobId + ": ") + text);
    }

    @Override
    public void changed(Run run) {
        if (run.state().isTerminal()) {
            if (ended.put(run.id() + "#" + run.attempt(), Boolean.TRUE) == null) {
                console(run.id()).stream(Stream.ENGINE).println("[vre] run " + run.id() + " " + run.state().label()
                        + (run.message() == null ? "" : ": " + run.message()) + " (" + run.progress() + " jobs)");
            }
        } else {
            console(run.id());
        }
    }

    /** The console of a run, created and shown (brought to front once) on first use. */
    public RunConsole console(String runId) {
        return consoles.computeIfAbsent(runId, id -> {
            RunConsole created = new RunConsole(id);
            ConsolePlugin.getDefault().getConsoleManager().addConsoles(new IConsole[] {created.console});
            ConsolePlugin.getDefault().getConsoleManager().showConsoleView(created.console);
            return created;
        });
    }

    /**
     * Shows a past run's logs (its {@code logs/} folder: every job's standard output, then its standard error in red)
     * in a fresh console; called from a job.
     */
    public void replay(RunStore store, String runId) {
        RunConsole console = new RunConsole(runId + " (logs)");
        ConsolePlugin.getDefault().getConsoleManager().addConsoles(new IConsole[] {console.console});
        ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console.console);
        Path logs = store.logs(runId);
        List<Path> files;
        try (java.util.stream.Stream<Path> listed = Files.list(logs)) {
            files = listed.sorted().toList();
        } catch (IOException e) {
            console.stream(Stream.ENGINE).println("[vre] no logs in " + logs + ": " + e.getMessage());
            return;
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            Stream stream = name.endsWith(".err") ? Stream.STDERR : name.endsWith(".out") ? Stream.STDOUT : Stream.ENGINE;
            console.stream(Stream.ENGINE).println("[vre] " + name);
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    console.stream(stream).println(line);
                }
            } catch (IOException e) {
                console.stream(Stream.ENGINE).println("[vre] cannot read " + file + ": " + e.getMessage());
            }
        }
    }

    /** The console of a run if this session has one. */
    public MessageConsole find(String runId) {
        RunConsole console = consoles.get(runId);
        return console == null ? null : console.console;
    }

    /** A run's console and its three streams; colours are set on the display thread (SWT colours live there). */
    public static final class RunConsole {
        private final MessageConsole console;
        private final MessageConsoleStream out;
        private final MessageConsoleStream err;
        private final MessageConsoleStream engine;

        RunConsole(String runId) {
            console = new MessageConsole("Run " + runId, TYPE, null, true);
            out = console.newMessageStream();
            err = console.newMessageStream();
            engine = console.newMessageStream();
            if (PlatformUI.isWorkbenchRunning()) {
                Display display = PlatformUI.getWorkbench().getDisplay();
                UiThread.later(display, () -> {
                    err.setColor(display.getSystemColor(SWT.COLOR_RED));
                    engine.setColor(display.getSystemColor(SWT.COLOR_DARK_BLUE));
                });
            }
        }

        public MessageConsoleStream stream(Stream stream) {
            return switch (stream) {
                case STDOUT -> out;
                case STDERR -> err;
                case ENGINE -> engine;
            };
        }

        public MessageConsole console() {
            return console;
        }
    }
}
