package org.vre.ui.lake;

import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.DidType;

/**
 * A row of the lake tree: a scope, a DID, or a message (loading, empty, error). Rows know their parent, so the
 * same file in two datasets is two rows, and a message row is never equal to one under another parent.
 */
sealed interface LakeNode {

    LakeNode parent();

    /**
     * The tree's input: its children are the scopes (only {@code scope} when it is not null), or with a
     * {@code search} (Rucio filter syntax) the matching DIDs of those scopes.
     */
    record Root(String scope, String search) implements LakeNode {
        public Root {
            search = search == null ? "" : search.trim();
        }

        @Override
        public LakeNode parent() {
            return null;
        }
    }

    record ScopeNode(Root parent, String name) implements LakeNode {
    }

    /** {@code state} is filled in later for files (their replicas' states), null until then. */
    record DidNode(LakeNode parent, DidDetails details) implements LakeNode {
        Did did() {
            return details.did();
        }

        boolean isCollection() {
            return details.type() != DidType.FILE;
        }
    }

    record MessageNode(LakeNode parent, String text) implements LakeNode {
    }

    /** Whether this row can have children (scopes and non-empty collections). */
    static boolean expandable(Object node) {
        return node instanceof Root || node instanceof ScopeNode
                || node instanceof DidNode did && did.isCollection() && did.details().length() > 0;
    }
}
