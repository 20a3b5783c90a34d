package org.vre.workflow.edit.provider;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.ResourceLocator;

/**
 * Finds the edit bundle's icons ({@code icons/full/obj16}) and labels ({@code plugin.properties}), inside OSGi and
 * in plain Java. EMF.Edit expects one locator per bundle, hence the shared instance (EMF's generated shape).
 */
public final class WorkflowEditPlugin extends EMFPlugin {

    public static final WorkflowEditPlugin INSTANCE = new WorkflowEditPlugin();

    private WorkflowEditPlugin() {
        super(new ResourceLocator[] {});
    }

    @Override
    public ResourceLocator getPluginResourceLocator() {
        return null; // no Eclipse plug-in object: resources are found next to this class
    }
}
