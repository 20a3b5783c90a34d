package org.vre.workflow.edit.provider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ChangeNotifier;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.vre.workflow.model.WorkflowPackage;
import org.vre.workflow.model.util.WorkflowAdapterFactory;

/** Makes the item providers of the workflow model: one (stateless, shared) provider per model class. */
public class WorkflowItemProviderAdapterFactory extends WorkflowAdapterFactory
        implements ComposeableAdapterFactory, IChangeNotifier, IDisposable {

    private final Map<EClass, WorkflowItemProvider> providers = new HashMap<>();
    private final ChangeNotifier changeNotifier = new ChangeNotifier();
    private final Collection<Object> supportedTypes = new ArrayList<>(List.of(IEditingDomainItemProvider.class,
            IStructuredItemContentProvider.class, ITreeItemContentProvider.class, IItemLabelProvider.class,
            IItemPropertySource.class));
    private ComposedAdapterFactory parentAdapterFactory;

    @Override
    public Adapter createAdapter(Notifier target) {
        EClass eClass = ((EObject) target).eClass();
        return providers.computeIfAbsent(eClass, c -> new WorkflowItemProvider(this, c));
    }

    @Override
    public boolean isFactoryForType(Object type) {
        return supportedTypes.contains(type) || type == WorkflowPackage.eINSTANCE;
    }

    @Override
    public Adapter adapt(Notifier notifier, Object type) {
        return super.adapt(notifier, this);
    }

    @Override
    public Object adapt(Object object, Object type) {
        if (isFactoryForType(type)) {
            Object adapter = super.adapt(object, type);
            if (!(type instanceof Class<?> c) || c.isInstance(adapter)) {
                return adapter;
            }
        }
        return null;
    }

    @Override
    public ComposeableAdapterFactory getRootAdapterFactory() {
        return parentAdapterFactory == null ? this : parentAdapterFactory.getRootAdapterFactory();
    }

    @Override
    public void setParentAdapterFactory(ComposedAdapterFactory parentAdapterFactory) {
        this.parentAdapterFactory = parentAdapterFactory;
    }

    @Override
    public void addListener(INotifyChangedListener listener) {
        changeNotifier.addListener(listener);
    }

    @Override
    public void removeListener(INotifyChangedListener listener) {
        changeNotifier.removeListener(listener);
    }

    @Override
    public void fireNotifyChanged(Notification notification) {
        changeNotifier.fireNotifyChanged(notification);
        if (parentAdapterFactory != null) {
            parentAdapterFactory.fireNotifyChanged(notification);
        }
    }

    @Override
    public void dispose() {
        providers.values().forEach(WorkflowItemProvider::dispose);
        providers.clear();
    }
}
