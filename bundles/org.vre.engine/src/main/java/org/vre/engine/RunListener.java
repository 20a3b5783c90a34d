package org.vre.engine;

/** Told about every new snapshot of a run (state, step and job changes). */
@FunctionalInterface
public interface RunListener {

    /** Called from engine threads; implementations must be thread-safe and quick. */
    void changed(Run run);
}
