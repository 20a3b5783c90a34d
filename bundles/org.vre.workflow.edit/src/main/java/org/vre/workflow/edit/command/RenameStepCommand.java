package org.vre.workflow.edit.command;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vre.workflow.model.Inputs;
import org.vre.workflow.model.Option;
import org.vre.workflow.model.SerialSpecification;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.WorkflowPackage.Literals;

/**
 * Renames a step and everything that refers to it by name ({@code depends_on} of other steps, the FROM and TARGET
 * options) in one undoable command, so a rename never leaves dangling references.
 */
public final class RenameStepCommand {

    private RenameStepCommand() {
    }

    public static Command create(EditingDomain domain, Step step, String newName) {
        if (newName == null || newName.isBlank() || !(step.eContainer() instanceof SerialSpecification steps)) {
            return UnexecutableCommand.INSTANCE;
        }
        for (Step other : steps.getSteps()) {
            if (other != step && newName.equals(other.getName())) {
                return UnexecutableCommand.INSTANCE; // names must stay unique
            }
        }
        String oldName = step.getName();
        CompoundCommand command = new CompoundCommand("Rename step " + oldName + " to " + newName);
        command.append(SetCommand.create(domain, step, Literals.STEP__NAME, newName));
        if (oldName != null) {
            for (Step other : steps.getSteps()) {
                for (int i = 0; i < other.getDependsOn().size(); i++) {
                    if (oldName.equals(other.getDependsOn().get(i))) {
                        command.append(SetCommand.create(domain, other, Literals.STEP__DEPENDS_ON, newName, i));
                    }
                }
            }
            Specification spec = steps.eContainer() == null ? null : (Specification) steps.eContainer().eContainer();
            Inputs inputs = spec == null ? null : spec.getInputs();
            if (inputs != null) {
                for (Option option : inputs.getOptions()) {
                    if ((option.getName().equals("FROM") || option.getName().equals("TARGET"))
                            && oldName.equals(option.getValue())) {
                        command.append(SetCommand.create(domain, option, Literals.OPTION__VALUE, newName));
                    }
                }
            }
        }
        return command;
    }
}
