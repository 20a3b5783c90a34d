package org.vre.lake;

import java.util.Objects;

import org.vre.core.VreException;

/**
 * A data identifier {@code scope:name}. Construction checks Rucio's naming rules, so a Did that exists
 * is always safe to turn into a path (no traversal, no control characters).
 */
public record Did(String scope, String name) implements Comparable<Did> {

    public Did {
        Names.checkScope(scope);
        Names.checkDidName(name);
    }

    /** Parses {@code scope:name}; the error says which part is wrong and why. */
    public static Did parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new VreException("DID '" + Names.printable(text) + "' has no scope: write it as scope:name");
        }
        return new Did(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public int compareTo(Did other) {
        int c = scope.compareTo(other.scope);
        return c != 0 ? c : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return scope + ":" + name;
    }
}
