package org.vre.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;

/**
 * A table of one folder's entries, loaded in a Job so the UI thread never does I/O. The thin Data Lake
 * and Runs views use it until the catalogue and engine views replace them.
 */
public final class FolderListing {

    /** One row: a name, its kind and size; a row with negative size is a message, not a file. */
    public record Entry(String name, boolean folder, long bytes) {
        static Entry message(String text) {
            return new Entry(text, false, -1);
        }

        boolean isMessage() {
            return bytes < 0;
        }
    }

    /** Job family of the listing jobs, so tests and shutdown can wait for them. */
    public static final Object FAMILY = new Object();

    private final TableViewer viewer;
    private final Display display;

    public FolderListing(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        display = parent.getDisplay();
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        column("Name", 260, e -> e.name());
        column("Kind", 80, e -> e.isMessage() ? "" : e.folder() ? "folder" : "file");
        column("Size", 100, e -> e.isMessage() || e.folder() ? "" : HumanBytes.format(e.bytes()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    public TableViewer viewer() {
        return viewer;
    }

    private void column(String title, int width, java.util.function.Function<Entry, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Entry) element);
            }
        });
    }

    /** Lists {@code folder} in the background and shows the result; an absent folder shows {@code emptyText}. */
    public void load(Path folder, String emptyText) {
        Job job = new Job("Reading " + folder) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<Entry> entries = list(folder, emptyText);
                UiThread.later(display, () -> {
                    if (!viewer.getControl().isDisposed()) {
                        viewer.setInput(entries);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.schedule();
    }

    static List<Entry> list(Path folder, String emptyText) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            entries.add(Entry.message(emptyText));
            return entries;
        }
        try (Stream<Path> children = Files.list(folder)) {
            children.sorted().forEach(child -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(child, BasicFileAttributes.class);
                    entries.add(new Entry(child.getFileName().toString(), attributes.isDirectory(), attributes.size()));
                } catch (IOException e) {
                    entries.add(Entry.message(child.getFileName() + " (unreadable)"));
                }
            });
        } catch (IOException e) {
            entries.add(Entry.message("cannot read " + folder + ": " + e.getMessage()));
        }
        return entries;
    }

}
