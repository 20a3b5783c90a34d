package org.vre.data.root;

import java.util.List;

/**
 * A branch of a tree with where its baskets are. {@code writeBasket} baskets are on disk at
 * {@code basketSeek}; {@code embedded} are baskets stored inside the branch record itself.
 */
public record RootBranch(String name, String fullPath, String className, String title, long entries, int writeBasket,
                         List<RootLeaf> leaves, List<RootBranch> subBranches, long[] basketSeek, long[] basketBytes,
                         long[] basketEntry, List<Basket> embedded, String elementClassName,
                         BranchElementInfo element) {

    /** What a TBranchElement adds: the class it belongs to and how its member is streamed. */
    public record BranchElementInfo(String parentName, String clonesName, int type, int streamerType, int id) {
    }

    /** How the branch reads as a column: "scalar", "array" (fixed or variable), or "other" (strings, objects). */
    public String numericKind() {
        if (leaves.size() != 1) {
            return "other";
        }
        RootLeaf leaf = leaves.get(0);
        if (!leaf.isBasic()) {
            return "other";
        }
        if (leaf.countLeaf() != null || leaf.len() > 1 || leaf.type() > 20) {
            return "array";
        }
        return "scalar";
    }

    /** True when the branch can be read as a table column (numbers, arrays of numbers, strings). */
    public boolean isReadable() {
        return leaves.size() == 1 && (leaves.get(0).isBasic() || leaves.get(0).type() == RootLeaf.STRING)
                || leaves.size() > 1 && leaves.stream().allMatch(l -> l.isBasic() && l.countLeaf() == null);
    }

    public java.util.stream.Stream<RootBranch> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                subBranches.stream().flatMap(RootBranch::flatten));
    }

    static RootBranch of(RootObject branch, String parentPath) {
        String name = branch.string("fName");
        String fullPath = parentPath.isEmpty() ? name : parentPath + "/" + name;
        String elementClass = branch.has("fClassName") ? branch.string("fClassName") : "";
        List<RootLeaf> leaves = new java.util.ArrayList<>();
        RootObject leafArray = branch.object("fLeaves");
        if (leafArray != null) {
            for (Object item : leafArray.items()) {
                if (item instanceof RootObject leaf) {
                    leaves.add(RootLeaf.of(leaf, elementClass));
                }
            }
        }
        List<RootBranch> subs = new java.util.ArrayList<>();
        RootObject subArray = branch.object("fBranches");
        if (subArray != null) {
            for (Object item : subArray.items()) {
                if (item instanceof RootObject sub) {
                    subs.add(of(sub, fullPath));
                }
            }
        }
        List<Basket> embedded = new java.util.ArrayList<>();
        RootObject baskets = branch.object("fBaskets");
        if (baskets != null) {
            for (Object item : baskets.items()) {
                if (item instanceof Basket basket && basket.entries() > 0) {
                    embedded.add(basket);
                }
            }
        }
        int writeBasket = (int) branch.longValue("fWriteBasket");
        long[] seeks = branch.longs("fBasketSeek");
        long[] bytes = branch.longs("fBasketBytes");
        long[] first = branch.longs("fBasketEntry");
        if (writeBasket < 0 || writeBasket > seeks.length || writeBasket > bytes.length) {
            throw new RootFormatException("branch " + fullPath + ": fWriteBasket " + writeBasket + " but only "
                    + Math.min(seeks.length, bytes.length) + " basket positions (corrupted)");
        }
        return new RootBranch(name, fullPath, branch.className(), branch.string("fTitle"),
                (long) branch.doubleValue("fEntries"), writeBasket, List.copyOf(leaves), List.copyOf(subs),
                seeks, bytes, first, List.copyOf(embedded), elementClass,
                branch.has("fStreamerType") ? new BranchElementInfo(branch.string("fParentName"),
                        branch.string("fClonesName"), (int) branch.longValue("fType"),
                        (int) branch.longValue("fStreamerType"), (int) branch.longValue("fID")) : null);
    }
}
