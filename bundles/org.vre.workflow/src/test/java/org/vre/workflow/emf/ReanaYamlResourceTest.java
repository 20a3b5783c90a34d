package org.vre.workflow.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.workflow.Corpus;
import org.vre.workflow.WorkflowModelSetup;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.WorkflowPackage;

class ReanaYamlResourceTest {

    @Test
    void resourceSetLoadsAndSavesReanaYamlWithMinimalEdits(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("reana.yaml");
        String original = Files.readString(Corpus.resource("reana/root6-roofit/reana.yaml"));
        Files.writeString(file, original);
        ResourceSet set = WorkflowModelSetup.newResourceSet();
        assertSame(WorkflowPackage.eINSTANCE, set.getPackageRegistry().getEPackage(WorkflowPackage.eNS_URI));
        Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
        Specification spec = (Specification) resource.getContents().get(0);
        resource.save(Map.of());
        assertEquals(original, Files.readString(file), "saving an unchanged model gives the same bytes");
        spec.getWorkflow().getSpecification().getSteps().get(0).setKubernetesMemoryLimit("512Mi");
        resource.save(Map.of());
        assertEquals(original.replaceFirst("kubernetes_memory_limit: \"256Mi\"", "kubernetes_memory_limit: \"512Mi\""),
                Files.readString(file), "only the changed value is rewritten, in its own quotes");
    }
}
