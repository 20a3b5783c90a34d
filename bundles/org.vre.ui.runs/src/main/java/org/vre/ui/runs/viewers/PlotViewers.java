package org.vre.ui.runs.viewers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.statushandlers.StatusManager;

/** The plot viewers contributed to {@code org.vre.ui.runs.plotViewers}, in contribution order. */
public final class PlotViewers {

    public static final String EXTENSION_POINT = "org.vre.ui.runs.plotViewers";

    private PlotViewers() {
    }

    public static List<PlotViewer> contributed() {
        List<PlotViewer> viewers = new ArrayList<>();
        for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                viewers.add((PlotViewer) element.createExecutableExtension("class"));
            } catch (CoreException | ClassCastException e) {
                StatusManager.getManager().handle(Status.error("plot viewer " + element.getAttribute("class")
                        + " from " + element.getContributor().getName() + " cannot be created", e), StatusManager.LOG);
            }
        }
        return viewers;
    }

    public static Optional<PlotViewer> forFile(Path file) {
        return contributed().stream().filter(viewer -> viewer.canShow(file)).findFirst();
    }
}
