package org.vre.ui.lake;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Item;
import org.vre.core.VreException;

/**
 * Files and folders dropped from the desktop's file manager onto a scope or dataset are uploaded there, on the
 * RSEs of the view's upload expression (the last one used in the upload dialog).
 */
public final class LakeDropListener extends DropTargetAdapter {

    private final LakeView view;
    private volatile Job lastUpload;

    LakeDropListener(LakeView view) {
        this.view = view;
    }

    @Override
    public void dragEnter(DropTargetEvent event) {
        event.detail = DND.DROP_COPY;
    }

    @Override
    public void dragOver(DropTargetEvent event) {
        event.detail = event.item == null ? DND.DROP_NONE : DND.DROP_COPY;
        event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
    }

    @Override
    public void drop(DropTargetEvent event) {
        if (!FileTransfer.getInstance().isSupportedType(event.currentDataType) || !(event.data instanceof String[] names)) {
            return;
        }
        Object node = event.item instanceof Item item ? item.getData() : null;
        List<Path> paths = Arrays.stream(names).map(Path::of).toList();
        try {
            UploadTarget target = UploadTarget.of(node);
            lastUpload = LakeTransfers.upload(paths, target, view.uploadExpression(), results -> { });
        } catch (VreException e) {
            LakeErrors.show("Upload of " + paths.size() + " item(s)", e);
        }
    }

    /** The upload the last drop started (null if it was refused), for tests to wait on. */
    public Job lastUpload() {
        return lastUpload;
    }
}
