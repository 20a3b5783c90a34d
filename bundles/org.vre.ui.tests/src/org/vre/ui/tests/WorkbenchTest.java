package org.vre.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vre.core.VreVersion;
import org.vre.ui.DataLakePerspective;
import org.vre.ui.LakePreferences;
import org.vre.ui.RunsPerspective;
import org.vre.ui.Views;
import org.vre.ui.WorkflowsPerspective;
import org.vre.ui.runs.viewers.PlotViewer;
import org.vre.ui.runs.viewers.PlotViewers;

/** Opens the real workbench under Xvfb, switches perspectives, resets one and saves screenshots. */
class WorkbenchTest {

    private IWorkbenchWindow window;

    @BeforeEach
    void bigWindow() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has a window");
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1280, 860);
    }

    @Test
    void eachPerspectiveOpensWithItsViews() throws Exception {
        assertPerspective(DataLakePerspective.ID, "Data Lake", Views.LAKE, "data-lake-perspective");
        assertPerspective(WorkflowsPerspective.ID, "Workflows", "org.eclipse.ui.navigator.ProjectExplorer", "workflows");
        assertPerspective(RunsPerspective.ID, "Runs", Views.RUNS, "runs");
    }

    @Test
    void resetPerspectiveBringsBackAClosedView() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(DataLakePerspective.ID, window);
        IViewPart lake = page.findView(Views.LAKE);
        assertNotNull(lake);
        page.hideView(lake);
        UiEvents.drain(window.getShell().getDisplay());
        assertNull(page.findView(Views.LAKE), "the view was closed");
        page.resetPerspective();
        UiEvents.drain(window.getShell().getDisplay());
        assertNotNull(page.findView(Views.LAKE), "reset brings it back");
    }

    @Test
    void productNamesItselfAndCarriesLicences() {
        assertEquals("VRE Workbench", Platform.getProduct().getName());
        String about = Platform.getProduct().getProperty("aboutText");
        assertTrue(about.contains("Apache License 2.0"), about);
        assertTrue(about.contains("Third-party software"), about);
        assertTrue(VreVersion.get().startsWith("0."), VreVersion.get());
    }

    @Test
    void aboutDialogShowsTheBuildVersion() throws Exception {
        try (var in = Platform.getBundle("org.vre.ui").getEntry("about.mappings").openStream()) {
            String mappings = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertEquals("0=" + VreVersion.get(), mappings.strip());
        }
        assertTrue(Platform.getProduct().getProperty("aboutText").contains("Version: {0}"));
    }

    @Test
    void plotViewerExtensionPointShowsAnImage() throws Exception {
        Path picture = Screenshots.save(window.getShell(), "plot-viewer-input");
        PlotViewer viewer = PlotViewers.forFile(picture).orElseThrow(() -> new AssertionError("no viewer for PNG"));
        assertTrue(PlotViewers.forFile(Path.of("notes.txt")).isEmpty(), "text is not a plot");
        Shell shell = new Shell(window.getShell());
        try {
            Control control = viewer.create(shell, picture);
            Label label = (Label) ((ScrolledComposite) control).getContent();
            assertEquals(window.getShell().getBounds().width, label.getImage().getBounds().width);
        } finally {
            shell.dispose();
            Files.delete(picture);
        }
    }

    @Test
    void welcomeAndHelpShowRealContent() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        page.showView(Views.WELCOME);
        IViewPart help = page.showView(Views.HELP);
        UiEvents.drain(window.getShell().getDisplay());
        assertNotNull(help);
        assertTrue(LakePreferences.lakeLocation().isAbsolute(), "the lake location defaults to an absolute path");
        Path shot = Screenshots.save(window.getShell(), "welcome");
        assertTrue(Files.size(shot) > 1000);
    }

    private void assertPerspective(String id, String label, String viewId, String screenshot) throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(id, window);
        UiEvents.drain(window.getShell().getDisplay());
        assertEquals(id, page.getPerspective().getId());
        assertEquals(label, page.getPerspective().getLabel());
        assertNotNull(page.findView(viewId), viewId + " in " + label);
        Path shot = Screenshots.save(window.getShell(), screenshot);
        assertTrue(Files.size(shot) > 1000, "a real picture in " + shot);
    }
}
