package org.vre.workflow.validation;

/**
 * One finding about a specification, at a 1-based line and column of {@code file}.
 *
 * @param code a short stable name of the check ({@code schema}, {@code unknown-key}, {@code undeclared-parameter}...)
 */
public record Diagnostic(Severity severity, String file, int line, int column, String code, String message) {

    /** {@code FILE:LINE:COL: severity: message}, as compilers print it (editors jump to the place). */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
