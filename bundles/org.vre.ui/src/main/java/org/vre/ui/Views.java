package org.vre.ui;

import org.eclipse.ui.IPageLayout;

/** Ids of the views the perspectives arrange, ours and the platform's. */
public final class Views {

    public static final String WELCOME = "org.vre.ui.welcome";
    public static final String HELP = "org.vre.ui.help";
    public static final String LAKE = "org.vre.ui.lake.view";
    public static final String RUNS = "org.vre.ui.runs.view";
    public static final String CONSOLE = "org.eclipse.ui.console.ConsoleView";
    public static final String ERROR_LOG = "org.eclipse.pde.runtime.LogView";

    private Views() {
    }

    static void addShortcuts(IPageLayout layout) {
        for (String perspective : new String[] {DataLakePerspective.ID, WorkflowsPerspective.ID, RunsPerspective.ID}) {
            layout.addPerspectiveShortcut(perspective);
        }
        for (String view : new String[] {LAKE, RUNS, WELCOME, HELP, IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET,
                IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW, CONSOLE, ERROR_LOG}) {
            layout.addShowViewShortcut(view);
        }
    }
}
