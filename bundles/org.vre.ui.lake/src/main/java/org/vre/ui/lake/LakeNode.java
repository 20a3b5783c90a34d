package org.vre.ui.lake;

import org.vre.lake.DidDetails;

/** A row of the lake tree: a scope, a DID, or a message (loading, empty, error). */
sealed interface LakeNode {

    record ScopeNode(String name) implements LakeNode {
    }

    record DidNode(DidDetails details) implements LakeNode {
    }

    record MessageNode(String text) implements LakeNode {
    }
}
