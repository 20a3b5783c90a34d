package org.vre.ui.workflow.form;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** Form fields to commands: a value set on an object, creating the section (inputs, outputs) when missing. */
final class FormEdits {

    private FormEdits() {
    }

    /** Sets {@code feature} of {@code owner}'s {@code section} child, creating that child if it is missing. */
    static Command setInSection(EditingDomain domain, EObject owner, EReference section, EStructuralFeature feature,
            Object value) {
        EObject child = (EObject) owner.eGet(section);
        if (child == null) {
            if (isEmpty(value)) {
                return UnexecutableCommand.INSTANCE;
            }
            EObject created = EcoreUtil.create(section.getEReferenceType());
            created.eSet(feature, value);
            return SetCommand.create(domain, owner, section, created);
        }
        return set(domain, child, feature, value);
    }

    /** A set that only happens when the value changes (so focus changes do not fill the undo history). */
    static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        Object current = owner.eGet(feature);
        if (Objects.equals(current, value) || isEmpty(value) && isEmpty(current)) {
            return UnexecutableCommand.INSTANCE;
        }
        if (value == null || value instanceof String s && s.isEmpty() && !feature.isMany()) {
            return SetCommand.create(domain, owner, feature, SetCommand.UNSET_VALUE);
        }
        return SetCommand.create(domain, owner, feature, value);
    }

    static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isEmpty() || value instanceof List<?> l && l.isEmpty();
    }

    /** The non-blank lines of a text field holding one entry per line. */
    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
