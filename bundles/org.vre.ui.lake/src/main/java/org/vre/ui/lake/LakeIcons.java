package org.vre.ui.lake;

import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.vre.ui.lake.LakeNode.DidNode;
import org.vre.ui.lake.LakeNode.MessageNode;
import org.vre.ui.lake.LakeNode.ScopeNode;

/** One icon per row kind, from the workbench's shared images (owned by the workbench, never disposed here). */
final class LakeIcons {

    private LakeIcons() {
    }

    static Image of(Object node) {
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        if (node instanceof ScopeNode) {
            return images.getImage(IDE.SharedImages.IMG_OBJ_PROJECT);
        }
        if (node instanceof DidNode did) {
            return images.getImage(switch (did.details().type()) {
                case CONTAINER -> ISharedImages.IMG_OBJ_FOLDER;
                case DATASET -> ISharedImages.IMG_TOOL_COPY; // a stack of pages: a set of files
                case FILE -> ISharedImages.IMG_OBJ_FILE;
            });
        }
        if (node instanceof MessageNode message) {
            return images.getImage(message.text().startsWith("cannot") ? ISharedImages.IMG_OBJS_ERROR_TSK
                    : ISharedImages.IMG_OBJS_INFO_TSK);
        }
        return null;
    }
}
