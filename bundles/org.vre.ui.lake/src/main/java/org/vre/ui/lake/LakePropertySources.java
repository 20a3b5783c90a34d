package org.vre.ui.lake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.vre.lake.Did;
import org.vre.ui.UiThread;
import org.vre.ui.lake.LakeNode.DidNode;

/**
 * Property sources for the lake's rows. The Properties view asks on the UI thread, so a source starts with what
 * the row knows and a job reads the rest ({@link DidInfo}); the pages are refreshed when it arrives.
 */
final class LakePropertySources implements IPropertySourceProvider {

    private static final int KEEP = 64;

    private final Display display;
    private final List<PropertySheetPage> pages = new CopyOnWriteArrayList<>();
    private final Map<Did, DidProperties> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Did, DidProperties> eldest) {
            return size() > KEEP;
        }
    };

    LakePropertySources(Display display) {
        this.display = display;
    }

    void addPage(PropertySheetPage page) {
        pages.add(page);
    }

    synchronized DidProperties cached(Did did) {
        return cache.get(did);
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (!(object instanceof DidNode node)) {
            return null;
        }
        DidProperties source;
        boolean read;
        synchronized (this) {
            source = cache.get(node.did());
            read = source == null;
            if (read) {
                source = new DidProperties(node.details());
                cache.put(node.did(), source);
            }
        }
        if (read) {
            read(source);
        }
        return source;
    }

    /** Reads again the shown DIDs of scopes that changed ("*": all). */
    void reload(Set<String> scopes) {
        List<DidProperties> stale;
        synchronized (this) {
            stale = cache.values().stream().filter(p -> scopes.contains("*") || scopes.contains(p.did().scope())).toList();
        }
        stale.forEach(this::read);
    }

    private void read(DidProperties source) {
        Job job = new Job("Reading the properties of " + source.did()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    source.loaded(DidInfo.read(LakeSession.current().catalog(), source.did()));
                } catch (RuntimeException e) {
                    source.failed(e.getMessage());
                }
                UiThread.later(display, () -> pages.forEach(page -> {
                    if (page.getControl() == null || page.getControl().isDisposed()) {
                        pages.remove(page);
                    } else {
                        page.refresh();
                    }
                }));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LakeTreeContent.FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }
}
