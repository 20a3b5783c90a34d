package org.vre.ui.lake;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.vre.ui.FolderListing;
import org.vre.ui.LakePreferences;

/** The local lake's folder as it is on disk (catalogue database, storage); the catalogue browser grows from here. */
public final class LakeView extends ViewPart {

    private FolderListing listing;

    @Override
    public void createPartControl(Composite parent) {
        listing = new FolderListing(parent);
        listing.load(LakePreferences.lakeLocation(), "the local lake " + LakePreferences.lakeLocation() + " is created at first use");
        setContentDescription("Local lake: " + LakePreferences.lakeLocation());
    }

    @Override
    public void setFocus() {
        listing.viewer().getControl().setFocus();
    }
}
