package org.vre.ui.runs;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.vre.ui.runs.console.RunConsoles;

/** Holds the workbench's engine from its first use until the bundle stops (stopping it stops live runs). */
public final class RunsPlugin implements BundleActivator {

    private static RunsPlugin instance;

    private DesktopEngine engine;
    private RunConsoles consoles;

    @Override
    public void start(BundleContext context) {
        instance = this;
    }

    @Override
    public void stop(BundleContext context) {
        synchronized (this) {
            if (engine != null) {
                engine.close();
                engine = null;
            }
        }
        instance = null;
    }

    /**
     * The engine, created on first call: it reads the run store and may write launchers, so call it from a job.
     * Its log lines go to one console per run.
     */
    public static DesktopEngine engine() {
        RunsPlugin plugin = instance;
        if (plugin == null) {
            throw new IllegalStateException("org.vre.ui.runs is not active");
        }
        synchronized (plugin) {
            if (plugin.engine == null) {
                plugin.engine = new DesktopEngine();
                plugin.consoles = new RunConsoles();
                plugin.engine.engine().addLogListener(plugin.consoles);
                plugin.engine.engine().addRunListener(plugin.consoles);
            }
            return plugin.engine;
        }
    }

    /** The consoles of this session's runs (null before the engine was first used). */
    public static RunConsoles consoles() {
        RunsPlugin plugin = instance;
        return plugin == null ? null : plugin.consoles;
    }
}
