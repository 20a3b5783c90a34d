package org.vre.workflow.emf;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/** Creates {@link ReanaYamlResource}s; registered for the {@code yaml} and {@code yml} extensions. */
public final class ReanaYamlResourceFactory implements Resource.Factory {

    @Override
    public Resource createResource(URI uri) {
        return new ReanaYamlResource(uri);
    }
}
