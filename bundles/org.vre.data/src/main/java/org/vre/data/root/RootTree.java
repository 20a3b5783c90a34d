package org.vre.data.root;

import java.util.ArrayList;
import java.util.List;

/** A TTree or TNtuple: its branches (top level, each with sub-branches) and number of entries. */
public record RootTree(String name, String title, String className, long entries, List<RootBranch> branches) {

    public List<RootBranch> allBranches() {
        List<RootBranch> out = new ArrayList<>();
        for (RootBranch b : branches) {
            b.flatten().forEach(out::add);
        }
        return out;
    }

    public java.util.Optional<RootBranch> branch(String fullPathOrName) {
        for (RootBranch b : allBranches()) {
            if (b.fullPath().equals(fullPathOrName)) {
                return java.util.Optional.of(b);
            }
        }
        return allBranches().stream().filter(b -> b.name().equals(fullPathOrName)).findFirst();
    }

    static RootTree of(RootObject tree) {
        List<RootBranch> branches = new ArrayList<>();
        RootObject array = tree.object("fBranches");
        if (array != null) {
            for (Object item : array.items()) {
                if (item instanceof RootObject branch) {
                    branches.add(RootBranch.of(branch, ""));
                }
            }
        }
        return new RootTree(tree.string("fName"), tree.string("fTitle"), tree.className(),
                (long) tree.doubleValue("fEntries"), List.copyOf(branches));
    }
}
