package org.vre.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.ViewPart;
import org.vre.core.VreVersion;

/** First-start page: what the workbench is, where its lake and workspace are, and where to go next. */
public final class WelcomeView extends ViewPart {

    private Composite page;
    private Label lakeState;
    private Label workspaceState;
    private Font titleFont;

    @Override
    public void createPartControl(Composite parent) {
        page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 10).applyTo(page);

        Label title = new Label(page, SWT.NONE);
        title.setText("VRE Workbench " + VreVersion.get());
        FontData data = title.getFont().getFontData()[0];
        titleFont = new Font(title.getDisplay(), data.getName(), data.getHeight() * 2, SWT.BOLD);
        title.setFont(titleFont);

        Label intro = new Label(page, SWT.WRAP);
        intro.setText("Find data in the shared data lake, describe your analysis as a REANA workflow, run it here or on a"
                + " cluster, look at the plots and keep everything for later reuse.");
        GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(intro);

        sampleButton(page);

        lakeState = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(lakeState);
        workspaceState = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(workspaceState);

        Composite actions = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(actions);
        perspectiveButton(actions, "Data Lake", DataLakePerspective.ID);
        perspectiveButton(actions, "Workflows", WorkflowsPerspective.ID);
        perspectiveButton(actions, "Runs", RunsPerspective.ID);
        Button preferences = new Button(actions, SWT.PUSH);
        preferences.setText("Lake location...");
        preferences.addListener(SWT.Selection, e -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(page.getShell(), "org.vre.ui.preferences", null, null);
            dialog.open();
            refresh();
        });
        Button help = new Button(actions, SWT.PUSH);
        help.setText("User guide");
        help.addListener(SWT.Selection, e -> OpenHelpHandler.showHelp());
        refresh();
    }

    /** Command of the Runs UI that runs the sample analysis end to end (absent when that bundle is not installed). */
    public static final String RUN_SAMPLE_COMMAND = "org.vre.ui.runs.runSample";

    /** The one click of the seed demo: create the sample analysis, run it on the local lake, open its plot. */
    private void sampleButton(Composite parent) {
        ICommandService commands = getSite().getService(ICommandService.class);
        if (commands == null || !commands.getCommand(RUN_SAMPLE_COMMAND).isDefined()) {
            return;
        }
        Button sample = new Button(parent, SWT.PUSH);
        sample.setText("Run the sample analysis");
        sample.setToolTipText("Creates a project with a small analysis (fetch from the lake, generate, fit, plot,"
                + " upload), runs it here with its logs in the Console, and opens its plot when it ends");
        sample.setData("org.vre.ui.welcome.action", RUN_SAMPLE_COMMAND);
        sample.addListener(SWT.Selection, e -> {
            try {
                getSite().getService(IHandlerService.class).executeCommand(RUN_SAMPLE_COMMAND, null);
            } catch (org.eclipse.core.commands.common.CommandException ex) {
                ErrorDialogs.show("Cannot run the sample analysis", ex);
            }
        });
    }

    private void perspectiveButton(Composite parent, String label, String perspectiveId) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> {
            try {
                PlatformUI.getWorkbench().showPerspective(perspectiveId, getSite().getWorkbenchWindow());
            } catch (WorkbenchException ex) {
                ErrorDialogs.show("Cannot open the " + label + " perspective", ex);
            }
        });
    }

    /** Shows the real state of the lake and the workspace, read in a job: the UI thread does no I/O. */
    void refresh() {
        Path lake = LakePreferences.lakeLocation();
        Job.create("Reading the lake folder", monitor -> {
            String lakeText = "Local lake: " + lake + (Files.isDirectory(lake)
                    ? " (" + countEntries(lake) + " entries)"
                    : " (not created yet: it is created at first use)");
            int projects = ResourcesPlugin.getWorkspace().getRoot().getProjects().length;
            String workspaceText = "Workspace: " + ResourcesPlugin.getWorkspace().getRoot().getLocation()
                    + " — " + projects + (projects == 1 ? " analysis project" : " analysis projects");
            UiThread.later(page.getDisplay(), () -> {
                if (!page.isDisposed()) {
                    lakeState.setText(lakeText);
                    workspaceState.setText(workspaceText);
                    page.layout(true, true);
                }
            });
        }).schedule();
    }

    private static long countEntries(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.count();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void setFocus() {
        page.setFocus();
        refresh(); // the lake may have been created since the page was drawn
    }

    @Override
    public void dispose() {
        if (titleFont != null) {
            titleFont.dispose();
        }
        super.dispose();
    }
}
