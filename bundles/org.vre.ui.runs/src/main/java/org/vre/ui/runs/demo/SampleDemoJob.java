package org.vre.ui.runs.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.vre.core.VreException;
import org.vre.engine.LogListener;
import org.vre.engine.Run;
import org.vre.engine.RunOptions;
import org.vre.engine.RunState;
import org.vre.engine.sample.SampleAnalysis;
import org.vre.ui.ErrorDialogs;
import org.vre.ui.MonitorProgress;
import org.vre.ui.UiThread;
import org.vre.ui.runs.DesktopEngine;
import org.vre.ui.runs.RunsPlugin;
import org.vre.ui.runs.viewers.PlotEditor;

/**
 * The seed demo: creates the sample analysis as a workspace project, registers its code in the lake, runs it with
 * the logs live in a console, and opens its plot when it ends. Cancelling the job stops the run.
 */
public final class SampleDemoJob extends Job {

    public static final Object FAMILY = new Object();
    static final String PROJECT = "sample-analysis";

    private final IWorkbenchWindow window;
    private final RunOptions options;
    private volatile Run run;

    public SampleDemoJob(IWorkbenchWindow window, RunOptions options) {
        super("Running the sample analysis");
        this.window = window;
        this.options = options;
        setUser(true);
    }

    /** The run this job started (null until it started). */
    public Run run() {
        return run;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Running the sample analysis", 100);
        try {
            DesktopEngine desktop = RunsPlugin.engine();
            IProject project = newProject(progress.split(5));
            Path folder = project.getLocation().toPath();
            progress.subTask("writing the sample into " + folder);
            SampleAnalysis sample = new SampleAnalysis(desktop.account(), "LOCAL");
            sample.write(folder);
            progress.subTask("registering its inputs in the lake");
            List<String> registered = sample.registerInputs(folder, desktop.catalog(), desktop.storages(),
                    new MonitorProgress(progress.split(10)));
            project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(5));
            run = desktop.engine().start(folder.resolve("reana.yaml"), options);
            registered.forEach(line -> RunsPlugin.consoles().line(run.id(), null, LogListener.Stream.ENGINE, line));
            Run end = follow(desktop, progress.split(80));
            project.refreshLocal(IResource.DEPTH_INFINITE, null);
            if (end.state() != RunState.FINISHED) {
                return Status.error("The sample run " + end.id() + " " + end.state().label()
                        + (end.message() == null ? "" : ": " + end.message()) + " (its console has the logs)");
            }
            openPlot(end.workspace().resolve(SampleAnalysis.PLOT));
            return Status.OK_STATUS;
        } catch (VreException | CoreException e) {
            return Status.error(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        }
    }

    private static IProject newProject(IProgressMonitor monitor) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IProject project = root.getProject(PROJECT);
        for (int n = 2; project.exists() || root.getLocation().append(project.getName()).toFile().exists(); n++) {
            project = root.getProject(PROJECT + "-" + n);
        }
        SubMonitor sub = SubMonitor.convert(monitor, 2);
        project.create(sub.split(1));
        project.open(sub.split(1));
        return project;
    }

    /** Waits for the run's end (the engine's own await), reporting jobs done; cancel stops the run. */
    private Run follow(DesktopEngine desktop, SubMonitor monitor) throws InterruptedException {
        monitor.setWorkRemaining(1000);
        int reported = 0;
        while (true) {
            try {
                return desktop.engine().await(run.id(), Duration.ofMillis(500));
            } catch (TimeoutException stillRunning) {
                if (monitor.isCanceled()) {
                    desktop.engine().stop(run.id());
                }
                Run now = desktop.engine().get(run.id());
                Run.Progress p = now.progress();
                int ticks = p.total() == 0 ? 0 : 1000 * p.done() / p.total();
                if (ticks > reported) {
                    monitor.worked(ticks - reported);
                    reported = ticks;
                }
                now.steps().stream().filter(s -> s.state() == RunState.RUNNING).findFirst()
                        .ifPresent(s -> monitor.subTask("step " + s.name() + " (" + p + " jobs done)"));
            }
        }
    }

    private void openPlot(Path plot) {
        UiThread.later(window.getShell().getDisplay(), () -> {
            if (window.getActivePage() == null) {
                return;
            }
            try {
                PlotEditor.open(window.getActivePage(), plot);
            } catch (PartInitException e) {
                ErrorDialogs.show("Cannot open the plot " + plot, e);
            }
        });
    }
}
