package org.vre.workflow.edit.provider;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.vre.workflow.internal.YamlKeys;
import org.vre.workflow.model.WorkflowFactory;

/**
 * The item provider of every workflow model class, driven by the Ecore model: children are the containment
 * references, properties are the attributes (named by their YAML key, grouped by backend for steps; transient
 * ones such as line and column read-only), new-child commands create each contained type.
 */
public class WorkflowItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
        IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

    private final EClass eClass;

    public WorkflowItemProvider(AdapterFactory adapterFactory, EClass eClass) {
        super(adapterFactory);
        this.eClass = eClass;
    }

    @Override
    public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
        if (itemPropertyDescriptors == null) {
            super.getPropertyDescriptors(object);
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                boolean containment = feature instanceof EReference r && r.isContainment();
                if (containment) {
                    continue;
                }
                String key = YamlKeys.keyOf(feature);
                // what is read from other files (graph, document) and where things are (line, column) is not edited
                boolean editable = !feature.isTransient() && feature.isChangeable()
                        && !eClass.getName().contains("Graph") && !eClass.getName().equals("ExternalDocument");
                String label = key != null ? key : feature.getName();
                itemPropertyDescriptors.add(createItemPropertyDescriptor(
                        ((ComposeableAdapterFactory) adapterFactory).getRootAdapterFactory(), getResourceLocator(),
                        label, "The " + label + " of the " + eClass.getName(), feature, editable, false, false,
                        ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, StepCategories.of(eClass, label), null));
            }
        }
        return itemPropertyDescriptors;
    }

    @Override
    protected Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
        if (childrenFeatures == null) {
            super.getChildrenFeatures(object);
            for (EReference reference : eClass.getEAllContainments()) {
                childrenFeatures.add(reference);
            }
        }
        return childrenFeatures;
    }

    @Override
    public Object getImage(Object object) {
        return overlayImage(object, getResourceLocator().getImage("full/obj16/" + eClass.getName() + ".png"));
    }

    @Override
    public String getText(Object object) {
        return WorkflowLabels.text(object);
    }

    @Override
    public void notifyChanged(Notification notification) {
        updateChildren(notification);
        Object feature = notification.getFeature();
        if (feature instanceof EReference r && r.isContainment()) {
            fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
        } else if (feature instanceof EStructuralFeature) {
            fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
        } else {
            super.notifyChanged(notification);
        }
    }

    @Override
    protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
        super.collectNewChildDescriptors(newChildDescriptors, object);
        for (EReference reference : eClass.getEAllContainments()) {
            if (YamlKeys.keyOf(reference) != null) {
                EObject child = WorkflowFactory.eINSTANCE.create(reference.getEReferenceType());
                newChildDescriptors.add(createChildParameter(reference, child));
            }
        }
    }

    @Override
    public ResourceLocator getResourceLocator() {
        return WorkflowEditPlugin.INSTANCE;
    }
}
