package org.vre.ui.runs;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.vre.ui.FolderListing;
import org.vre.ui.LakePreferences;

/** Runs recorded next to the local lake; the engine's live run list grows from here. */
public final class RunsView extends ViewPart {

    private FolderListing listing;

    @Override
    public void createPartControl(Composite parent) {
        Path runs = LakePreferences.lakeLocation().resolveSibling("runs");
        listing = new FolderListing(parent);
        listing.load(runs, "no runs yet (they are recorded in " + runs + ")");
        setContentDescription("Runs: " + runs);
    }

    @Override
    public void setFocus() {
        listing.viewer().getControl().setFocus();
    }
}
