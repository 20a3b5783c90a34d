package org.vre.workflow.validation;

import java.util.Locale;

/** How serious a finding is: errors make {@code vre validate} fail, warnings and notes do not. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The word used in {@code FILE:LINE:COL: severity: message} lines. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
