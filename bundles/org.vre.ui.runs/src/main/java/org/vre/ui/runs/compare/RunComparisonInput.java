package org.vre.ui.runs.compare;

import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The runs compared, by id (the first is the reference of ratios and diffs). */
public record RunComparisonInput(List<String> runIds) implements IEditorInput {

    public RunComparisonInput {
        runIds = List.copyOf(runIds);
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return String.join(" vs ", runIds);
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Comparison of runs " + String.join(", ", runIds);
    }
}
