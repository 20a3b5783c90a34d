package org.vre.ui.workflow.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vre.workflow.model.SerialSpecification;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.Workflow;
import org.vre.workflow.model.WorkflowFactory;
import org.vre.workflow.model.WorkflowPackage.Literals;
import org.vre.workflow.model.WorkflowType;

/**
 * The model commands behind the diagram's gestures, each one undoable step. Connecting keeps the meaning of the
 * workflow: the first {@code depends_on} turns REANA's implicit order into explicit dependencies, so steps that ran
 * after their predecessor still do.
 */
public final class DiagramEdits {

    /** A pinned image for new steps: the validation warns about unpinned ones. */
    public static final String NEW_STEP_IMAGE = "docker.io/library/python:3.12-slim";

    private DiagramEdits() {
    }

    public static List<Step> steps(Specification spec) {
        Workflow workflow = spec.getWorkflow();
        SerialSpecification serial = workflow == null ? null : workflow.getSpecification();
        return serial == null ? List.of() : serial.getSteps();
    }

    /** A step name not used yet: {@code base}, else base-2, base-3... */
    public static String freeName(Specification spec, String base) {
        Set<String> used = new HashSet<>();
        steps(spec).forEach(s -> used.add(s.getName()));
        if (!used.contains(base)) {
            return base;
        }
        for (int i = 2;; i++) {
            if (!used.contains(base + "-" + i)) {
                return base + "-" + i;
            }
        }
    }

    public static Step newStep(String name) {
        Step step = WorkflowFactory.eINSTANCE.createStep();
        step.setName(name);
        step.setEnvironment(NEW_STEP_IMAGE);
        step.getCommands().add("echo " + name);
        return step;
    }

    /** Appends steps; a specification without a serial workflow gets one. */
    public static Command addSteps(EditingDomain domain, Specification spec, Collection<Step> steps) {
        Workflow workflow = spec.getWorkflow();
        if (workflow == null || workflow.getSpecification() == null) {
            if (workflow != null && workflow.isSetType() && workflow.getType() != WorkflowType.SERIAL) {
                return UnexecutableCommand.INSTANCE;
            }
            SerialSpecification serial = WorkflowFactory.eINSTANCE.createSerialSpecification();
            serial.getSteps().addAll(steps);
            if (workflow == null) {
                Workflow created = WorkflowFactory.eINSTANCE.createWorkflow();
                created.setType(WorkflowType.SERIAL);
                created.setSpecification(serial);
                return SetCommand.create(domain, spec, Literals.SPECIFICATION__WORKFLOW, created);
            }
            CompoundCommand command = new CompoundCommand("Add step");
            if (!workflow.isSetType()) {
                command.append(SetCommand.create(domain, workflow, Literals.WORKFLOW__TYPE, WorkflowType.SERIAL));
            }
            command.append(SetCommand.create(domain, workflow, Literals.WORKFLOW__SPECIFICATION, serial));
            return command;
        }
        Command add = AddCommand.create(domain, workflow.getSpecification(), Literals.SERIAL_SPECIFICATION__STEPS, steps);
        return labelled(add, steps.size() == 1 ? "Add step " + steps.iterator().next().getName() : "Add steps");
    }

    /** Makes {@code to} depend on {@code from}; refused when that exists already or would close a cycle. */
    public static Command connect(EditingDomain domain, Specification spec, String from, String to) {
        List<Step> steps = steps(spec);
        Map<String, Step> byName = new HashMap<>();
        steps.forEach(s -> byName.put(s.getName(), s));
        Step target = byName.get(to);
        if (target == null || !byName.containsKey(from) || from.equals(to)) {
            return UnexecutableCommand.INSTANCE;
        }
        Map<String, Set<String>> dependencies = new HashMap<>();
        CompoundCommand command = new CompoundCommand("Connect " + from + " \u2192 " + to);
        boolean explicit = DiagramGraph.hasDependencies(steps);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Set<String> deps = new LinkedHashSet<>(step.getDependsOn());
            if (!explicit && i > 0) {
                String previous = steps.get(i - 1).getName();
                deps.add(previous);
                command.append(AddCommand.create(domain, step, Literals.STEP__DEPENDS_ON, previous));
            }
            dependencies.put(step.getName(), deps);
        }
        if (dependencies.get(to).contains(from) && explicit || reaches(dependencies, from, to)) {
            return UnexecutableCommand.INSTANCE;
        }
        if (!dependencies.get(to).contains(from)) {
            command.append(AddCommand.create(domain, target, Literals.STEP__DEPENDS_ON, from));
        } else if (command.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        return command;
    }

    /** Whether {@code from} depends, directly or not, on {@code to} (then to→from would be a cycle). */
    private static boolean reaches(Map<String, Set<String>> dependencies, String from, String to) {
        Deque<String> todo = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (name.equals(to)) {
                return true;
            }
            if (seen.add(name)) {
                todo.addAll(dependencies.getOrDefault(name, Set.of()));
            }
        }
        return false;
    }

    /**
     * Deletes steps; a step that depended on a deleted one inherits that one's dependencies, so the order of
     * what remains is kept.
     */
    public static Command delete(EditingDomain domain, Specification spec, Collection<String> names) {
        List<Step> steps = steps(spec);
        List<Step> doomed = new ArrayList<>();
        Map<String, Step> byName = new HashMap<>();
        steps.forEach(s -> byName.put(s.getName(), s));
        names.forEach(n -> {
            if (byName.containsKey(n)) {
                doomed.add(byName.get(n));
            }
        });
        if (doomed.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand(doomed.size() == 1 ? "Delete step " + doomed.get(0).getName()
                : "Delete " + doomed.size() + " steps");
        for (Step step : steps) {
            if (doomed.contains(step)) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            boolean changed = false;
            for (String d : step.getDependsOn()) {
                if (names.contains(d)) {
                    changed = true;
                    for (String inherited : inherited(byName, names, d, new HashSet<>())) {
                        if (!kept.contains(inherited) && !step.getDependsOn().contains(inherited)) {
                            kept.add(inherited);
                        }
                    }
                } else if (!kept.contains(d)) {
                    kept.add(d);
                }
            }
            if (changed) {
                command.append(SetCommand.create(domain, step, Literals.STEP__DEPENDS_ON, kept));
            }
        }
        command.append(RemoveCommand.create(domain, spec.getWorkflow().getSpecification(),
                Literals.SERIAL_SPECIFICATION__STEPS, doomed));
        return command;
    }

    private static List<String> inherited(Map<String, Step> byName, Collection<String> deleted, String name,
            Set<String> seen) {
        List<String> result = new ArrayList<>();
        Step step = byName.get(name);
        if (step == null || !seen.add(name)) {
            return result;
        }
        for (String d : step.getDependsOn()) {
            if (deleted.contains(d)) {
                result.addAll(inherited(byName, deleted, d, seen));
            } else {
                result.add(d);
            }
        }
        return result;
    }

    /** Copies of steps for the clipboard (detached from the model). */
    public static List<Step> copy(Specification spec, Collection<String> names) {
        List<Step> copies = new ArrayList<>();
        for (Step step : steps(spec)) {
            if (names.contains(step.getName())) {
                copies.add(EcoreUtil.copy(step));
            }
        }
        return copies;
    }

    /** Pastes clipboard steps under free names; their dependencies keep only steps that exist. */
    public static Command paste(EditingDomain domain, Specification spec, List<Step> clipboard) {
        if (clipboard.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Set<String> existing = new HashSet<>();
        steps(spec).forEach(s -> existing.add(s.getName()));
        List<Step> pasted = new ArrayList<>();
        for (Step original : clipboard) {
            Step copy = EcoreUtil.copy(original);
            String name = freeName(spec, (original.getName() == null ? "step" : original.getName()) + "-copy");
            while (existing.contains(name)) {
                name = name + "-copy";
            }
            existing.add(name);
            copy.setName(name);
            copy.getDependsOn().retainAll(existing);
            pasted.add(copy);
        }
        return labelled(addSteps(domain, spec, pasted), "Paste " + pasted.size() + (pasted.size() == 1 ? " step" : " steps"));
    }

    private static Command labelled(Command command, String label) {
        if (!command.canExecute()) {
            return command;
        }
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
