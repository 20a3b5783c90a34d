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

        /**
         * One row per DID under its parent, whatever its details say now: a dataset that grew is the same row, so
         * its listing, expansion and selection stay with it across reloads (compare {@link #details} for changes).
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof DidNode other && other.did().equals(did()) && java.util.Objects.equals(other.parent, parent);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(parent) + did().hashCode();
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
