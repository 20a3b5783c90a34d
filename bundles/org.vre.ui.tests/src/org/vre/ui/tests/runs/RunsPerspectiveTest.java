package org.vre.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.MessageConsole;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.engine.JobRun;
import org.vre.engine.Run;
import org.vre.engine.RunOptions;
import org.vre.engine.RunState;
import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.ui.LakePreferences;
import org.vre.ui.RunsPerspective;
import org.vre.ui.Views;
import org.vre.ui.WelcomeView;
import org.vre.ui.runs.RunDetails;
import org.vre.ui.runs.RunsPlugin;
import org.vre.ui.runs.RunsView;
import org.vre.ui.runs.compare.RunComparisonEditor;
import org.vre.ui.runs.demo.SampleDemoJob;
import org.vre.ui.runs.viewers.DataChartView;
import org.vre.ui.runs.viewers.PlotEditor;
import org.vre.ui.runs.viewers.ViewerJobs;
import org.vre.ui.tests.Screenshots;

/**
 * The Runs perspective driven through its real widgets: the welcome page's one-click sample, stopping and restarting
 * a run from a step, comparing two runs with an overlay, and the chart viewer on a ROOT file.
 */
class RunsPerspectiveTest {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);

    @TempDir
    Path tmp;

    private IWorkbenchWindow window;
    private Display display;
    private IWorkbenchPage page;

    @BeforeEach
    void runsPerspective() throws Exception {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setBounds(0, 0, 1280, 860);
        display = window.getShell().getDisplay();
        page = PlatformUI.getWorkbench().showPerspective(RunsPerspective.ID, window);
    }

    @Test
    void welcomeRunsTheSampleWithLiveLogsAndOpensItsPlot() throws Exception {
        page.showView(Views.WELCOME);
        Button sample = find(window.getShell(), Button.class,
                b -> WelcomeView.RUN_SAMPLE_COMMAND.equals(b.getData("org.vre.ui.welcome.action")))
                .orElseThrow(() -> new AssertionError("the welcome page offers the sample analysis"));
        SampleDemoJob[] started = new SampleDemoJob[1];
        org.eclipse.core.runtime.jobs.JobChangeAdapter catcher = new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void scheduled(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (event.getJob() instanceof SampleDemoJob demo) {
                    started[0] = demo;
                }
            }

            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                display.wake();
            }
        };
        org.eclipse.core.runtime.jobs.Job.getJobManager().addJobChangeListener(catcher);
        try {
            sample.notifyListeners(SWT.Selection, new Event());
            UiWait.until(display, RUN_TIMEOUT, "the sample job to end",
                    () -> started[0] != null && started[0].getResult() != null);
        } finally {
            org.eclipse.core.runtime.jobs.Job.getJobManager().removeJobChangeListener(catcher);
        }

        SampleDemoJob job = started[0];
        assertTrue(job.getResult().isOK(), String.valueOf(job.getResult()));
        String id = job.run().id();
        assertEquals(RunsPerspective.ID, page.getPerspective().getId(), "the demo shows the Runs perspective");

        UiWait.until(display, Duration.ofSeconds(30), "the plot to open",
                () -> page.getActiveEditor() instanceof PlotEditor);
        PlotEditor plot = (PlotEditor) page.getActiveEditor();
        assertTrue(plot.file().endsWith(Path.of("results", "plot.png")), plot.file().toString());
        Label picture = (Label) ((ScrolledComposite) plot.viewerControl()).getContent();
        assertEquals(800, picture.getImage().getBounds().width, "vre plot draws 800 pixels wide");

        Run run = RunsPlugin.engine().store().get(id);
        assertEquals(RunState.FINISHED, run.state());
        assertEquals(List.of("fetchdata", "gendata", "fitdata", "plot", "uploaddata"),
                run.steps().stream().map(s -> s.name()).toList());
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(run.analysisDirectory().getFileName().toString());
        assertTrue(project.exists() && project.getFile("reana.yaml").exists(), "the sample is a workspace project");

        MessageConsole console = RunsPlugin.consoles().find(id);
        assertNotNull(console, "the run has its console");
        UiWait.until(display, Duration.ofSeconds(30), "the fit's output in the console, not only: "
                + console.getDocument().get(), () -> console.getDocument().get().contains("fit: signal"));
        assertTrue(console.getDocument().get().contains("registered user."), console.getDocument().get());

        RunsView view = (RunsView) page.showView(RunsView.ID);
        UiWait.until(display, Duration.ofSeconds(30), "the finished run in the Runs view",
                () -> rowState(view, id).equals("finished"));
        try (CatalogService lake = CatalogStore.open(LakeConfig.embedded(LakePreferences.lakeLocation()))) {
            assertNotNull(lake.did(new Did("user." + RunsPlugin.engine().account(), "plot-" + id + ".png")),
                    "the last step uploaded the plot to the lake");
        }
        view.select(id, null);
        UiWait.jobs(display, RunsView.FAMILY, Duration.ofSeconds(30));
        page.activate(plot);
        Screenshots.save(window.getShell(), "runs-sample");
    }

    @Test
    void stopsARunAndRestartsItFromAStep() throws Exception {
        Path analysis = Files.createDirectories(tmp.resolve("stoppable"));
        Path spec = analysis.resolve("reana.yaml");
        Files.writeString(spec, """
                version: 0.9.0
                inputs:
                  parameters:
                    pause: 600
                workflow:
                  type: serial
                  specification:
                    steps:
                      - name: first
                        environment: 'docker.io/library/debian:12'
                        commands:
                          - echo first > first.txt
                      - name: slow
                        environment: 'docker.io/library/debian:12'
                        commands:
                          - sleep ${pause}
                      - name: last
                        environment: 'docker.io/library/debian:12'
                        commands:
                          - echo last > last.txt
                outputs:
                  files:
                    - last.txt
                """, StandardCharsets.UTF_8);
        RunsView view = (RunsView) page.showView(RunsView.ID);
        Run started = RunsPlugin.engine().engine().start(spec, RunOptions.defaults());
        String id = started.id();
        UiWait.until(display, Duration.ofSeconds(60), "step slow running in the view",
                () -> view.shown(id) != null && view.shown(id).step("slow").state() == RunState.RUNNING);
        Instant firstStarted = view.shown(id).step("first").jobs().get(0).started();

        view.select(id, null);
        assertTrue(view.stopAction().isEnabled(), "a running run can be stopped");
        view.stopAction().run();
        UiWait.until(display, Duration.ofSeconds(60), "the run stopped", () -> view.shown(id).state() == RunState.STOPPED);
        assertEquals(RunState.CREATED, view.shown(id).step("last").state(), "the step after the stop never ran");
        assertEquals("stopped", rowState(view, id));
        maximizedShot(view, "runs-stopped");

        // fix the slow step, then restart from it: the first step keeps its result
        Files.writeString(spec, Files.readString(spec).replace("pause: 600", "pause: 0"));
        view.select(id, "slow");
        assertTrue(view.restartAction().isEnabled(), "a stopped run can be restarted");
        view.restartAction().run();
        UiWait.until(display, RUN_TIMEOUT, "the restarted run to finish",
                () -> view.shown(id).attempt() == 2 && view.shown(id).state() == RunState.FINISHED);
        Run restarted = view.shown(id);
        JobRun first = restarted.step("first").jobs().get(0);
        assertEquals(firstStarted, first.started(), "step first was not run again");
        assertEquals("slow", restarted.options().from());
        assertEquals("last\n", Files.readString(restarted.workspace().resolve("last.txt")));
        TreeItem runItem = item(view, id);
        assertEquals(new RGB(0, 128, 0), runItem.getForeground(1).getRGB(), "finished is green");

        // its outputs: the declared one marked, copied out and registered in the lake
        view.select(id, null);
        UiWait.jobs(display, RunsView.FAMILY, Duration.ofSeconds(30));
        TreeItem last = Arrays.stream(view.details().outputs().getTree().getItems())
                .filter(i -> i.getText(0).startsWith("last.txt")).findFirst().orElseThrow();
        assertEquals("last.txt  (output)", last.getText(0));
        assertTrue(Arrays.stream(view.details().provenance().getTable().getItems())
                .anyMatch(i -> i.getText(0).equals("parameter pause") && i.getText(1).equals("0")), "provenance rows");
        RunDetails.OutputNode output = (RunDetails.OutputNode) last.getData();
        view.details().copy(List.of(output), tmp.resolve("copied"));
        view.details().register(List.of(output), "LOCAL");
        UiWait.jobs(display, RunsView.FAMILY, Duration.ofSeconds(60));
        assertEquals("last\n", Files.readString(tmp.resolve("copied/last.txt")));
        try (CatalogService lake = CatalogStore.open(LakeConfig.embedded(LakePreferences.lakeLocation()))) {
            assertEquals(Long.valueOf(5), lake.did(new Did("user." + RunsPlugin.engine().account(), "last.txt")).bytes(),
                    "the output registered in the lake");
        }
        Screenshots.save(window.getShell(), "runs-restarted");

        // its logs, read back from the run's folder into a console of their own
        view.select(id, null);
        view.logsAction().run();
        UiWait.jobs(display, RunsView.FAMILY, Duration.ofSeconds(30));
        org.eclipse.ui.console.IConsole replayed = Arrays.stream(org.eclipse.ui.console.ConsolePlugin.getDefault()
                .getConsoleManager().getConsoles()).filter(c -> c.getName().equals("Run " + id + " (logs)"))
                .findFirst().orElseThrow(() -> new AssertionError("no console with the logs of " + id));
        UiWait.until(display, Duration.ofSeconds(30), "the replayed logs",
                () -> ((MessageConsole) replayed).getDocument().get().contains("[vre] engine.log"));
    }

    @Test
    void showsARunStartedFromATerminalLive() throws Exception {
        Path analysis = Files.createDirectories(tmp.resolve("terminal"));
        Files.writeString(analysis.resolve("reana.yaml"), """
                version: 0.9.0
                workflow:
                  type: serial
                  specification:
                    steps:
                      - name: hello
                        environment: 'docker.io/library/debian:12'
                        commands:
                          - echo hello from a terminal
                """, StandardCharsets.UTF_8);
        RunsView view = (RunsView) page.showView(RunsView.ID);
        view.load();
        UiWait.jobs(display, RunsView.FAMILY, Duration.ofSeconds(30));
        ProcessBuilder terminal = new ProcessBuilder(RunsPlugin.engine().tools().resolve("vre").toString(), "run")
                .directory(analysis.toFile()).redirectErrorStream(true).redirectOutput(tmp.resolve("vre-run.log").toFile());
        terminal.environment().put("VRE_RUNS", RunsPlugin.engine().store().root().toString());
        terminal.environment().put("VRE_LAKE", LakePreferences.lakeSetting());
        Process process = terminal.start();
        UiWait.until(display, RUN_TIMEOUT, "the terminal's run finished in the view, without Refresh",
                () -> Arrays.stream(view.viewer().getTree().getItems())
                        .anyMatch(i -> i.getText(0).startsWith("terminal.") && i.getText(1).equals("finished")));
        assertTrue(process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), Files.readString(tmp.resolve("vre-run.log")));
    }

    @Test
    void comparesTwoRunsWithAnOverlayAndARatioPanel() throws Exception {
        Path root = Path.of(FileLocator.toFileURL(Platform.getBundle("org.vre.ui.tests")
                .getEntry("data/root/uproot-histograms.root")).toURI());
        Path analysis = Files.createDirectories(tmp.resolve("compared"));
        Path spec = analysis.resolve("reana.yaml");
        Files.writeString(spec, """
                version: 0.9.0
                inputs:
                  parameters:
                    scale: 1
                workflow:
                  type: serial
                  specification:
                    steps:
                      - name: histogram
                        environment: 'docker.io/library/debian:12'
                        commands:
                          - mkdir -p results && cp '%s' results/h.root && printf 'x,y\\n1,${scale}\\n2,3\\n' > results/t.csv
                outputs:
                  files:
                    - results/h.root
                    - results/t.csv
                """.formatted(root), StandardCharsets.UTF_8);
        RunsView view = (RunsView) page.showView(RunsView.ID);
        List<String> ids = new ArrayList<>();
        for (String scale : List.of("1", "2")) {
            ids.add(RunsPlugin.engine().engine().start(spec, RunOptions.defaults().withParameters(Map.of("scale", scale))).id());
        }
        UiWait.until(display, RUN_TIMEOUT, "both runs finished in the view", () -> ids.stream()
                .allMatch(id -> view.shown(id) != null && view.shown(id).state() == RunState.FINISHED));

        view.selectRuns(ids);
        assertTrue(view.compareAction().isEnabled(), "two runs can be compared");
        view.compareAction().run();
        RunComparisonEditor editor = assertInstanceOf(RunComparisonEditor.class, page.getActiveEditor());
        UiWait.until(display, Duration.ofSeconds(60), "the overlay", () -> editor.chart() != null);
        TableItem scale = Arrays.stream(editor.diffTable().getTable().getItems())
                .filter(i -> i.getText(0).equals("parameter scale")).findFirst().orElseThrow();
        assertEquals(List.of("1", "2"), List.of(scale.getText(1), scale.getText(2)));
        assertEquals("results/h.root", editor.overlaid().orElseThrow());
        assertEquals(3, editor.objectCombo().getItemCount(), "the file's histograms one, two, three to choose from");
        assertTrue(editor.objectCombo().getText().startsWith("one"), editor.objectCombo().getText());
        List<String> legend = new ArrayList<>();
        org.jfree.chart.LegendItemCollection items = ((XYPlot) editor.chart().getPlot()).getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            legend.add(items.get(i).getLabel());
        }
        assertTrue(legend.containsAll(ids), "one series per run: " + legend);

        for (Button option : List.of(editor.normaliseButton(), editor.ratioButton())) {
            option.setSelection(true);
            option.notifyListeners(SWT.Selection, new Event());
        }
        UiWait.until(display, Duration.ofSeconds(60), "the ratio panel",
                () -> editor.chart().getPlot() instanceof CombinedDomainXYPlot);
        CombinedDomainXYPlot combined = (CombinedDomainXYPlot) editor.chart().getPlot();
        assertEquals(2, combined.getSubplots().size(), "main plot and ratio panel");
        XYPlot ratio = (XYPlot) combined.getSubplots().get(1);
        assertEquals(1.0, ratio.getDataset(0).getYValue(0, 0), 1e-9, "the same histogram twice: ratio 1");
        maximizedShot(editor, "runs-compare");
    }

    @Test
    void rootFileShowsItsObjectTreeAndChartsTheSelection() throws Exception {
        Path root = Files.copy(Path.of(FileLocator.toFileURL(Platform.getBundle("org.vre.ui.tests")
                .getEntry("data/root/uproot-histograms.root")).toURI()), tmp.resolve("histograms.root"));
        PlotEditor editor = (PlotEditor) PlotEditor.open(page, root);
        DataChartView chart = (DataChartView) editor.viewerControl().getData(DataChartView.KEY);
        UiWait.until(display, Duration.ofSeconds(60), "the first histogram drawn", () -> chart.chart() != null);
        List<String> objects = Arrays.stream(chart.objects().getTree().getItems()).map(i -> i.getText()).toList();
        assertTrue(objects.stream().anyMatch(o -> o.startsWith("one")) && objects.stream().anyMatch(o -> o.startsWith("three")),
                objects.toString());
        assertEquals("numero uno", chart.chart().getTitle().getText());
        assertEquals(1, ((XYPlot) chart.chart().getPlot()).getAnnotations().size(), "the stats box");

        TreeItem two = Arrays.stream(chart.objects().getTree().getItems()).filter(i -> i.getText().startsWith("two"))
                .findFirst().orElseThrow();
        chart.objects().setSelection(new org.eclipse.jface.viewers.StructuredSelection(two.getData()), true);
        UiWait.until(display, Duration.ofSeconds(60), "the selected histogram drawn",
                () -> "numero dos".equals(chart.chart().getTitle().getText()));
        chart.logY().setSelection(true);
        chart.logY().notifyListeners(SWT.Selection, new Event());
        assertInstanceOf(org.jfree.chart.axis.LogAxis.class, ((XYPlot) chart.chart().getPlot()).getRangeAxis());
        chart.crosshair().setSelection(true);
        chart.crosshair().notifyListeners(SWT.Selection, new Event());
        assertTrue(((XYPlot) chart.chart().getPlot()).isDomainCrosshairVisible());
        maximizedShot(editor, "runs-root-viewer");

        JFreeChart shown = chart.chart();
        for (String name : List.of("two.png", "two.svg", "two.pdf")) {
            chart.export(shown, tmp.resolve(name));
        }
        UiWait.jobs(display, ViewerJobs.FAMILY, Duration.ofSeconds(60));
        assertEquals("PNG", new String(Files.readAllBytes(tmp.resolve("two.png")), 1, 3, StandardCharsets.US_ASCII));
        assertTrue(Files.readString(tmp.resolve("two.svg")).contains("<svg"));
        assertEquals("%PDF", new String(Files.readAllBytes(tmp.resolve("two.pdf")), 0, 4, StandardCharsets.US_ASCII));

        PlotEditor svg = (PlotEditor) PlotEditor.open(page, tmp.resolve("two.svg"));
        Label drawing = (Label) ((ScrolledComposite) svg.viewerControl()).getContent();
        assertNotNull(drawing.getImage(), "the SVG export rasterised: " + drawing.getText());
        assertEquals(800, drawing.getImage().getBounds().width);

        PlotEditor pdf = (PlotEditor) PlotEditor.open(page, tmp.resolve("two.pdf"));
        UiWait.until(display, Duration.ofSeconds(60), "the PDF page rendered",
                () -> find((Composite) pdf.viewerControl(), Label.class, l -> l.getImage() != null).isPresent());
        Label page1 = find((Composite) pdf.viewerControl(), Label.class, l -> l.getImage() != null).orElseThrow();
        int width = page1.getImage().getBounds().width;
        assertTrue(width > 1000 && width < 1100, "the 800-point page rendered at 96 dpi: " + width);
    }

    /** A screenshot of one part filling the window, then the layout as it was. */
    private void maximizedShot(org.eclipse.ui.IWorkbenchPart part, String name) throws Exception {
        org.eclipse.ui.IWorkbenchPartReference reference = page.getReference(part);
        page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            UiWait.until(display, Duration.ofSeconds(10), "the layout", () -> true);
            Screenshots.save(window.getShell(), name);
        } finally {
            page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        }
    }

    private static String rowState(RunsView view, String id) {
        TreeItem item = item(view, id);
        return item == null ? "" : item.getText(1);
    }

    private static TreeItem item(RunsView view, String id) {
        return Arrays.stream(view.viewer().getTree().getItems()).filter(i -> id.equals(i.getText(0))).findFirst()
                .orElse(null);
    }

    private static <T extends Control> Optional<T> find(Composite parent, Class<T> type, java.util.function.Predicate<T> test) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return Optional.of(type.cast(child));
            }
            if (child instanceof Composite composite) {
                Optional<T> found = find(composite, type, test);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
