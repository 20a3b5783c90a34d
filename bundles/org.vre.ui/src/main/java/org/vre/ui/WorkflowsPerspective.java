package org.vre.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Write analyses: projects on the left, the reana.yaml editor in the middle, problems below. */
public final class WorkflowsPerspective implements IPerspectiveFactory {

    public static final String ID = "org.vre.ui.perspective.workflows";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.25f, editors);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editors);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(Views.LAKE);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.RIGHT, 0.75f, editors);
        layout.addNewWizardShortcut("org.vre.ui.workflow.newAnalysis");
        Views.addShortcuts(layout);
    }
}
