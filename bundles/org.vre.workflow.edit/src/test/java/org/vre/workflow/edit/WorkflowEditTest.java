package org.vre.workflow.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.Test;
import org.vre.workflow.WorkflowFile;
import org.vre.workflow.edit.command.AddDependencyCommand;
import org.vre.workflow.edit.command.RenameStepCommand;
import org.vre.workflow.edit.provider.WorkflowItemProviderAdapterFactory;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;

class WorkflowEditTest {

    private static final String TEXT = """
            inputs:
              options: {FROM: fit}
            workflow:
              type: serial
              specification:
                steps:
                  - name: gen
                    environment: img:1
                    commands: [gen]
                  - name: fit  # the fit
                    environment: img:1
                    kubernetes_memory_limit: 256Mi
                    depends_on: [gen]
                    commands: [fit]
                  - name: plot
                    environment: img:1
                    depends_on: [fit]
                    commands: [plot]
            """;

    private final WorkflowItemProviderAdapterFactory factory = new WorkflowItemProviderAdapterFactory();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
    private final WorkflowFile file = WorkflowFile.parse("reana.yaml", TEXT);
    private final Specification spec = inDomain(file.specification());

    /** Property sheets find the editing domain through the object's resource. */
    private Specification inDomain(Specification specification) {
        org.eclipse.emf.ecore.resource.Resource resource = new org.eclipse.emf.ecore.resource.impl.ResourceImpl(
                org.eclipse.emf.common.util.URI.createURI("memory:/reana.yaml"));
        resource.getContents().add(specification);
        domain.getResourceSet().getResources().add(resource);
        return specification;
    }

    private Step step(int i) {
        return spec.getWorkflow().getSpecification().getSteps().get(i);
    }

    @Test
    void labelsAndTreeChildren() {
        IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(step(1), IItemLabelProvider.class);
        assertEquals("fit [img:1]", labels.getText(step(1)));
        ITreeItemContentProvider tree = (ITreeItemContentProvider) factory.adapt(spec, ITreeItemContentProvider.class);
        Collection<?> children = tree.getChildren(spec);
        assertEquals(2, children.size());
        assertEquals("Workflow (serial)", ((IItemLabelProvider) factory.adapt(spec.getWorkflow(),
                IItemLabelProvider.class)).getText(spec.getWorkflow()));
    }

    @Test
    void iconsAreFoundWithoutOsgi() throws Exception {
        Object image = ((IItemLabelProvider) factory.adapt(step(0), IItemLabelProvider.class)).getImage(step(0));
        URL url = image instanceof ComposedImage composed ? (URL) composed.getImages().get(0) : (URL) image;
        assertTrue(url.toString().endsWith("icons/full/obj16/Step.png"), url::toString);
        try (InputStream in = url.openStream()) {
            byte[] header = in.readNBytes(4);
            assertEquals((byte) 0x89, header[0]);
            assertEquals('P', header[1]);
        }
    }

    @Test
    void propertyDescriptorsUseYamlKeysAndBackendCategories() {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(step(1), IItemPropertySource.class);
        List<IItemPropertyDescriptor> descriptors = source.getPropertyDescriptors(step(1));
        IItemPropertyDescriptor memory = descriptors.stream()
                .filter(d -> d.getDisplayName(step(1)).equals("kubernetes_memory_limit")).findFirst().orElseThrow();
        assertEquals("Kubernetes", memory.getCategory(step(1)));
        assertTrue(memory.canSetProperty(step(1)));
        IItemPropertyDescriptor line = descriptors.stream().filter(d -> d.getDisplayName(step(1)).equals("line"))
                .findFirst().orElseThrow();
        assertFalse(line.canSetProperty(step(1)), "positions are read-only");
        memory.setPropertyValue(step(1), "1Gi");
        assertEquals("1Gi", step(1).getKubernetesMemoryLimit());
        assertTrue(domain.getCommandStack().canUndo(), "property changes go through the command stack");
        domain.getCommandStack().undo();
        assertEquals("256Mi", step(1).getKubernetesMemoryLimit());
    }

    @Test
    void renameUpdatesDependenciesAndOptionsUndoablyAndSavesMinimally() {
        Command rename = RenameStepCommand.create(domain, step(1), "fit2");
        assertTrue(rename.canExecute());
        domain.getCommandStack().execute(rename);
        assertEquals(List.of("fit2"), step(2).getDependsOn());
        assertEquals("fit2", spec.getInputs().getOptions().get(0).getValue());
        assertEquals(TEXT.replace("{FROM: fit}", "{FROM: fit2}").replace("name: fit  #", "name: fit2  #")
                .replace("depends_on: [fit]", "depends_on: [fit2]"), file.toText());
        domain.getCommandStack().undo();
        assertEquals("fit", step(1).getName());
        assertEquals(List.of("fit"), step(2).getDependsOn());
        assertEquals(TEXT, file.toText());
        assertFalse(RenameStepCommand.create(domain, step(1), "gen").canExecute(), "names stay unique");
    }

    @Test
    void addDependencyRefusesCyclesAndUnknownSteps() {
        assertFalse(AddDependencyCommand.create(domain, step(0), "plot").canExecute(), "plot already needs gen");
        assertFalse(AddDependencyCommand.create(domain, step(0), "nope").canExecute());
        Command add = AddDependencyCommand.create(domain, step(2), "gen");
        assertTrue(add.canExecute());
        domain.getCommandStack().execute(add);
        assertEquals(List.of("fit", "gen"), step(2).getDependsOn());
        domain.getCommandStack().undo();
        assertEquals(List.of("fit"), step(2).getDependsOn());
    }

    @Test
    void newChildDescriptorsOfferEveryContainedType() {
        Collection<?> descriptors = domain.getNewChildDescriptors(step(0), null);
        assertNotNull(descriptors);
        assertEquals(1, descriptors.size(), "a step contains scatter parameters");
        assertEquals(6, domain.getNewChildDescriptors(spec, null).size() + 1, "inputs, workflow, outputs, tests, workspace");
    }
}
