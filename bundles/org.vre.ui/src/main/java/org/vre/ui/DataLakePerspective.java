package org.vre.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Browse the lake: catalogue on the left, properties and transfers below. */
public final class DataLakePerspective implements IPerspectiveFactory {

    public static final String ID = "org.vre.ui.perspective.lake";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.3f, editors);
        left.addView(Views.LAKE);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.65f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView("org.vre.ui.lake.transfers");
        bottom.addView("org.vre.ui.lake.storage");
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addView(Views.ERROR_LOG);
        layout.addView(Views.WELCOME, IPageLayout.TOP, 0.5f, editors);
        Views.addShortcuts(layout);
    }
}
