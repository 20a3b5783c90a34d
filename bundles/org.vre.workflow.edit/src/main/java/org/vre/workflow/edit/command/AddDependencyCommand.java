package org.vre.workflow.edit.command;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vre.workflow.model.SerialSpecification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.WorkflowPackage.Literals;

/**
 * Makes {@code step} depend on another step (the VRE extension's {@code depends_on}), undoably. It cannot be
 * executed when the other step does not exist, is already a dependency, or the edge would close a cycle.
 */
public final class AddDependencyCommand {

    private AddDependencyCommand() {
    }

    public static Command create(EditingDomain domain, Step step, String dependency) {
        if (!(step.eContainer() instanceof SerialSpecification steps) || dependency == null
                || dependency.equals(step.getName()) || step.getDependsOn().contains(dependency)) {
            return UnexecutableCommand.INSTANCE;
        }
        Map<String, Step> byName = new HashMap<>();
        steps.getSteps().forEach(s -> byName.put(s.getName(), s));
        if (!byName.containsKey(dependency) || reaches(byName, dependency, step.getName())) {
            return UnexecutableCommand.INSTANCE;
        }
        return AddCommand.create(domain, step, Literals.STEP__DEPENDS_ON, dependency);
    }

    /** Whether {@code from} already depends, directly or not, on {@code to}. */
    private static boolean reaches(Map<String, Step> byName, String from, String to) {
        Deque<String> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.push(from);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (name.equals(to)) {
                return true;
            }
            Step s = byName.get(name);
            if (s != null && seen.add(name)) {
                s.getDependsOn().forEach(todo::push);
            }
        }
        return false;
    }
}
