package org.vre.ui.workflow.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.part.ResourceTransfer;
import org.vre.workflow.model.Inputs;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.WorkflowFactory;
import org.vre.workflow.model.WorkflowPackage.Literals;

/**
 * Dropping onto the diagram or the inputs: files and folders from the Project Explorer (or the desktop) become
 * {@code inputs.files} entries relative to the analysis; a DID ({@code scope:name}, as text, e.g. from the Data
 * Lake view) becomes an input the engine fetches from the lake.
 */
public final class InputDrops {

    private static final Pattern DID = Pattern.compile("[A-Za-z0-9_.\\-]+:[^\\s:/][^\\s]*");

    private InputDrops() {
    }

    public static void attach(Control control, WorkflowSession session) {
        DropTarget target = new DropTarget(control, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT);
        target.setTransfer(new Transfer[] {ResourceTransfer.getInstance(), FileTransfer.getInstance(),
            TextTransfer.getInstance()});
        target.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = DND.DROP_COPY;
            }

            @Override
            public void drop(DropTargetEvent event) {
                dropped(session, event.data);
            }
        });
    }

    /**
     * What a drop does with its data (workspace resources, file paths, or text with DIDs): adds them to
     * inputs.files as one undoable command; false when nothing new was dropped.
     */
    public static boolean dropped(WorkflowSession session, Object data) {
        return session.execute(addInputs(session, entries(session, data)));
    }

    /** The inputs.files entries for what was dropped. */
    static List<String> entries(WorkflowSession session, Object data) {
        List<String> entries = new ArrayList<>();
        if (data instanceof IResource[] resources) {
            for (IResource resource : resources) {
                if (resource.getLocation() != null) {
                    entries.add(relative(session, resource.getLocation().toFile().toPath()));
                }
            }
        } else if (data instanceof String[] files) {
            for (String file : files) {
                entries.add(relative(session, Path.of(file)));
            }
        } else if (data instanceof String text) {
            for (String line : text.split("\\R")) {
                if (DID.matcher(line.strip()).matches()) {
                    entries.add(line.strip());
                }
            }
        }
        return entries;
    }

    private static String relative(WorkflowSession session, Path file) {
        Path base = session.path() == null ? null : session.path().toAbsolutePath().getParent();
        Path absolute = file.toAbsolutePath().normalize();
        return base != null && absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/')
                : absolute.toString();
    }

    /** Adds the entries not listed yet to inputs.files, in one undoable command. */
    public static Command addInputs(WorkflowSession session, List<String> entries) {
        Specification spec = session.specification();
        Inputs inputs = spec.getInputs();
        List<String> fresh = new ArrayList<>();
        for (String entry : entries) {
            if (!fresh.contains(entry) && (inputs == null || !inputs.getFiles().contains(entry))) {
                fresh.add(entry);
            }
        }
        if (fresh.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        if (inputs == null) {
            Inputs created = WorkflowFactory.eINSTANCE.createInputs();
            created.getFiles().addAll(fresh);
            return SetCommand.create(session.domain(), spec, Literals.SPECIFICATION__INPUTS, created);
        }
        return AddCommand.create(session.domain(), inputs, Literals.INPUTS__FILES, fresh);
    }
}
