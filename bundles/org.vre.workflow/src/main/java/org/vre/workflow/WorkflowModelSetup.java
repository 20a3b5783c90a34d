package org.vre.workflow;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.vre.workflow.emf.ReanaYamlResourceFactory;
import org.vre.workflow.model.WorkflowPackage;

/**
 * Registers the workflow model with EMF by hand, for plain Java (tests, CLI, server) where no plugin.xml
 * extension registry runs. Inside OSGi the {@code generated_package} extension does the same.
 */
public final class WorkflowModelSetup {

    private WorkflowModelSetup() {
    }

    /** Puts the workflow package into {@code registry} (e.g. {@code EPackage.Registry.INSTANCE}). */
    public static void register(EPackage.Registry registry) {
        registry.put(WorkflowPackage.eNS_URI, WorkflowPackage.eINSTANCE);
    }

    /** Makes {@code resourceSet} know the workflow package and read {@code .yaml}/{@code .yml} as reana.yaml. */
    public static ResourceSet configure(ResourceSet resourceSet) {
        register(resourceSet.getPackageRegistry());
        ReanaYamlResourceFactory factory = new ReanaYamlResourceFactory();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yaml", factory);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("yml", factory);
        return resourceSet;
    }

    public static ResourceSet newResourceSet() {
        return configure(new ResourceSetImpl());
    }
}
