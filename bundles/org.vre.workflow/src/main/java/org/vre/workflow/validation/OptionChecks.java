package org.vre.workflow.validation;

import java.util.List;
import java.util.Set;

import org.vre.workflow.model.Inputs;
import org.vre.workflow.model.Option;
import org.vre.workflow.model.Step;

/** Operational options of a serial run, checked first as reana-client does: CACHE, FROM, TARGET. */
final class OptionChecks {

    private static final Set<String> SERIAL_OPTIONS = Set.of("CACHE", "FROM", "TARGET");

    private OptionChecks() {
    }

    static void checkSerial(Inputs inputs, List<Step> steps, Findings findings) {
        if (inputs == null) {
            return;
        }
        for (Option option : inputs.getOptions()) {
            String name = option.getName();
            String value = option.getValue();
            if (!SERIAL_OPTIONS.contains(name)) {
                findings.warning(Findings.at(option), "unknown-option", "operational option '" + name
                        + "' is not supported by serial workflows (supported: CACHE, FROM, TARGET)");
            } else if (name.equals("CACHE")) {
                if (!"on".equalsIgnoreCase(value) && !"off".equalsIgnoreCase(value)
                        && !"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
                    findings.error(Findings.at(option), "option", "operational option CACHE must be 'on' or 'off', not '"
                            + value + "'");
                }
            } else if (steps.stream().noneMatch(s -> value != null && value.equals(s.getName()))) {
                findings.error(Findings.at(option), "option", "operational option " + name + " names step '" + value
                        + "', which is not a step of this workflow");
            }
        }
    }
}
