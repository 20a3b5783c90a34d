package org.vre.ui.workflow.validation;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vre.workflow.model.Inputs;
import org.vre.workflow.model.Parameter;
import org.vre.workflow.model.Specification;
import org.vre.workflow.model.Step;
import org.vre.workflow.model.ValueType;
import org.vre.workflow.model.WorkflowFactory;
import org.vre.workflow.model.WorkflowPackage.Literals;
import org.vre.ui.workflow.diagram.DiagramEdits;

/** The model edits behind the quick fixes, as undoable commands. */
public final class WorkflowFixes {

    private static final Pattern UNDECLARED = Pattern.compile("parameter '([^']+)' is used but not declared");
    private static final Pattern IMAGE = Pattern.compile("image '([^']+)'");

    private WorkflowFixes() {
    }

    /** The parameter an undeclared-parameter message names, or null. */
    public static String undeclaredParameter(String message) {
        Matcher m = UNDECLARED.matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : null;
    }

    /** The image an unpinned-image message names, or null. */
    public static String unpinnedImage(String message) {
        Matcher m = IMAGE.matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : null;
    }

    /** Declares {@code name} in inputs.parameters with an empty value for the user to fill in. */
    public static Command declareParameter(EditingDomain domain, Specification spec, String name) {
        Parameter parameter = WorkflowFactory.eINSTANCE.createParameter();
        parameter.setName(name);
        parameter.setValue("");
        parameter.setType(ValueType.STRING);
        Inputs inputs = spec.getInputs();
        if (inputs == null) {
            Inputs created = WorkflowFactory.eINSTANCE.createInputs();
            created.getParameters().add(parameter);
            return SetCommand.create(domain, spec, Literals.SPECIFICATION__INPUTS, created);
        }
        if (inputs.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand("Declare parameter " + name);
        command.append(AddCommand.create(domain, inputs, Literals.INPUTS__PARAMETERS, parameter));
        return command;
    }

    /** Tags other steps pin the same image repository to, best first (the candidates for a pin). */
    public static Set<String> pinsInUse(Specification spec, String image) {
        String repository = repository(image);
        Set<String> pins = new LinkedHashSet<>();
        for (Step step : DiagramEdits.steps(spec)) {
            String other = step.getEnvironment();
            if (other != null && !other.equals(image) && repository(other).equals(repository)) {
                String tag = tag(other);
                if (tag != null && !tag.equalsIgnoreCase("latest") && !tag.equalsIgnoreCase("master")) {
                    pins.add(other);
                }
            }
        }
        return pins;
    }

    /** Replaces {@code image} by {@code pinned} in every step that uses it. */
    public static Command pinImage(EditingDomain domain, Specification spec, String image, String pinned) {
        CompoundCommand command = new CompoundCommand("Pin image " + pinned);
        for (Step step : DiagramEdits.steps(spec)) {
            if (image.equals(step.getEnvironment())) {
                command.append(SetCommand.create(domain, step, Literals.STEP__ENVIRONMENT, pinned));
            }
        }
        return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
    }

    static String repository(String image) {
        String digestless = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = digestless.lastIndexOf('/');
        int colon = digestless.lastIndexOf(':');
        return colon > slash ? digestless.substring(0, colon) : digestless;
    }

    static String tag(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash ? image.substring(colon + 1) : null;
    }
}
