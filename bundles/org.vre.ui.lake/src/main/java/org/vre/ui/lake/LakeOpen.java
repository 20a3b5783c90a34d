package org.vre.ui.lake;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.FrameworkUtil;
import org.vre.lake.Did;
import org.vre.lake.transfer.DownloadRequest;
import org.vre.lake.transfer.DownloadedFile;
import org.vre.lake.transfer.DownloadOperation;
import org.vre.ui.ErrorDialogs;
import org.vre.ui.UiThread;

/**
 * Files of the lake on the desktop: "Open" fetches a file (checksum verified) into a download cache in the
 * workspace's metadata and opens it with the editor registered for its name (a ROOT file in the plot editor);
 * "Download into Project" puts DIDs under {@code <project>/data/<scope>/<name>} and refreshes the project.
 */
final class LakeOpen {

    private LakeOpen() {
    }

    /** Where opened files are kept: re-opening one that is still there and intact costs no transfer. */
    static Path cache() {
        return Platform.getStateLocation(FrameworkUtil.getBundle(LakeOpen.class)).toPath().resolve("opened");
    }

    /** Downloads {@code did} to the cache, then opens it in {@code page}; returns the job. */
    static Job open(Did did, IWorkbenchPage page, Consumer<Path> opened) {
        Path folder = cache();
        return LakeJobs.schedule("Opening " + did, "Opening " + did, work -> {
            List<DownloadedFile> files = new DownloadOperation(work.session().catalog(), work.session().storages(),
                    work.session().account(), work.session().settings(),
                    new DownloadRequest(List.of(did), folder, false, null, Set.of())).run(work.progress())
                    .throwIfFailed().files();
            return files.get(0).path();
        }, file -> UiThread.later(page.getWorkbenchWindow().getShell().getDisplay(), () -> {
            try {
                IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(file.toUri()));
                opened.accept(file);
            } catch (PartInitException e) {
                ErrorDialogs.show("Opening " + did, e);
            }
        }));
    }

    /** Downloads {@code dids} into {@code project}'s data folder, then refreshes the project; returns the job. */
    static Job intoProject(List<Did> dids, IProject project, Consumer<Path> done) {
        Path folder = project.getLocation().toPath().resolve("data");
        return LakeTransfers.download(dids, folder, result -> {
            try {
                project.getFolder("data").refreshLocal(IResource.DEPTH_INFINITE, null);
            } catch (CoreException e) {
                // the files are there; the Project Explorer shows them after its next refresh
            }
            done.accept(folder);
        });
    }
}
