package org.vre.workflow.yaml;

import org.vre.core.VreException;

/** A YAML file that cannot be read: bad syntax or over a {@link YamlLimits} bound. The message names file, line, column. */
public class YamlSyntaxException extends VreException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;

    public YamlSyntaxException(String source, int line, int column, String problem) {
        super(source + ":" + line + ":" + column + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The message without the position. */
    public String problem() {
        return problem;
    }
}
