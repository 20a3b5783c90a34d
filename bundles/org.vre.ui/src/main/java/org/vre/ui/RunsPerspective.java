package org.vre.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Watch runs: the runs list on top, live logs in the Console, plots in the editor area. */
public final class RunsPerspective implements IPerspectiveFactory {

    public static final String ID = "org.vre.ui.perspective.runs";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(Views.RUNS, IPageLayout.TOP, 0.35f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.6f, editors);
        bottom.addView(Views.CONSOLE);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.2f, editors);
        Views.addShortcuts(layout);
    }
}
