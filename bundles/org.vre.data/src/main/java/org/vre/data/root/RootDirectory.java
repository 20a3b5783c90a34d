package org.vre.data.root;

import java.util.List;

/** A directory of a ROOT file: its keys (latest and older cycles) and its subdirectories, read eagerly. */
public record RootDirectory(String path, List<RootKey> keys, List<RootDirectory> subdirectories) {

    public RootDirectory {
        keys = List.copyOf(keys);
        subdirectories = List.copyOf(subdirectories);
    }
}
