package org.vre.lake;

/**
 * Told about every event this catalogue instance records, after its transaction committed (or failed).
 * Called on the thread that did the operation: hop to your own thread for slow work.
 */
@FunctionalInterface
public interface LakeEventListener {
    void onEvent(LakeEvent event);
}
