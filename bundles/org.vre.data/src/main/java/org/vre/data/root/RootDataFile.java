package org.vre.data.root;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vre.core.Progress;
import org.vre.data.Column;
import org.vre.data.DataFile;
import org.vre.data.DataNode;
import org.vre.data.DataObject;
import org.vre.data.Table;

/** A ROOT file seen through the neutral model: directories become nodes, objects become histograms, graphs, tables. */
public final class RootDataFile implements DataFile {

    private final RootFile file;
    private final DataNode root;

    public RootDataFile(RootFile file) {
        this.file = file;
        this.root = node(file.topDirectory(), "");
    }

    public static RootDataFile open(Path path) {
        return new RootDataFile(RootFile.open(path));
    }

    public RootFile rootFile() {
        return file;
    }

    @Override
    public Path path() {
        return file.path();
    }

    @Override
    public String format() {
        return "ROOT";
    }

    @Override
    public DataNode root() {
        return root;
    }

    @Override
    public DataObject read(String path) {
        return read(path, Progress.NONE);
    }

    /** Reads an object; trees are read whole into a table (every readable branch). */
    public DataObject read(String path, Progress progress) {
        RootKey key = key(path);
        try {
            return readUnchecked(key, progress);
        } catch (org.vre.core.VreException | org.vre.core.CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(key, e);
        }
    }

    private RootFormatException damaged(RootKey key, RuntimeException e) {
        return new RootFormatException(file.describe(key) + ": damaged object (" + e + ")", e);
    }

    private DataObject readUnchecked(RootKey key, Progress progress) {
        if (RootConverter.kindOf(key.className()) == DataNode.Kind.TABLE) {
            return readTable(key, null, progress);
        }
        Object object = file.readObject(key);
        if (!(object instanceof RootObject o)) {
            throw new RootFormatException(file.describe(key) + ": not an object");
        }
        return RootConverter.convert(o, file.describe(key));
    }

    /** The key for a path such as "dir/hist" or "dir/hist;2". */
    public RootKey key(String path) {
        return file.findKey(path).orElseThrow(() -> new RootFormatException(path() .getFileName()
                + ": no object '" + path + "' (the file has: " + names() + ")"));
    }

    private String names() {
        List<String> names = new ArrayList<>();
        for (RootKey k : file.allKeys()) {
            names.add(k.path());
            if (names.size() == 20) {
                names.add("...");
                break;
            }
        }
        return String.join(", ", names);
    }

    /** The branch structure of a tree, without reading its baskets. */
    public RootTree tree(RootKey key) {
        try {
            return treeUnchecked(key);
        } catch (org.vre.core.VreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(key, e);
        }
    }

    private RootTree treeUnchecked(RootKey key) {
        Object object = file.readObject(key);
        if (!(object instanceof RootObject o) || RootConverter.kindOf(o.className()) != DataNode.Kind.TABLE) {
            throw new RootFormatException(file.describe(key) + ": not a TTree");
        }
        return RootTree.of(o);
    }

    /**
     * Reads the listed branches (full paths) of a tree, or every readable branch when {@code branches} is null.
     */
    public Table readTable(RootKey key, List<String> branches, Progress progress) {
        try {
            return readTableUnchecked(key, branches, progress);
        } catch (org.vre.core.VreException | org.vre.core.CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(key, e);
        }
    }

    private Table readTableUnchecked(RootKey key, List<String> branches, Progress progress) {
        RootTree tree = tree(key);
        List<RootBranch> selected = new ArrayList<>();
        if (branches == null) {
            for (RootBranch b : tree.allBranches()) {
                if (b.isReadable()) {
                    selected.add(b);
                }
            }
        } else {
            for (String name : branches) {
                selected.add(tree.branch(name).orElseThrow(() -> new RootFormatException(path().getFileName()
                        + ": tree '" + tree.name() + "' has no branch '" + name + "'")));
            }
        }
        progress.begin("Reading " + tree.name(), selected.size());
        BranchReader reader = new BranchReader(file);
        List<Column> columns = new ArrayList<>();
        for (RootBranch branch : selected) {
            progress.checkCancelled();
            progress.subTask(branch.fullPath());
            for (Column column : reader.read(branch, progress)) {
                if (column.size() != tree.entries()) {
                    throw new RootFormatException(path().getFileName() + ": branch '" + branch.fullPath() + "' has "
                            + column.size() + " entries in its baskets, the tree says " + tree.entries() + " (corrupted)");
                }
                columns.add(column);
            }
            progress.worked(1);
        }
        return new Table(tree.name(), tree.title(), tree.entries(), columns);
    }

    private DataNode node(RootDirectory dir, String path) {
        List<DataNode> children = new ArrayList<>();
        Map<String, RootDirectory> subdirs = new LinkedHashMap<>();
        for (RootDirectory sub : dir.subdirectories()) {
            subdirs.put(sub.path(), sub);
        }
        for (RootKey key : dir.keys()) {
            DataNode.Kind kind = RootConverter.kindOf(key.className());
            if (kind == DataNode.Kind.DIRECTORY && subdirs.containsKey(key.path())) {
                DataNode sub = node(subdirs.get(key.path()), key.path());
                children.add(new DataNode(key.name(), key.path(), key.className(), key.title(), kind,
                        Map.of("cycle", key.cycle()), sub.children()));
            } else {
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put("cycle", key.cycle());
                attributes.put("objlen", key.objLen());
                attributes.put("nbytes", key.nbytes());
                children.add(new DataNode(key.name(), key.path() + ";" + key.cycle(), key.className(), key.title(),
                        kind, attributes, List.of()));
            }
        }
        return new DataNode(path.isEmpty() ? file.path().getFileName().toString() : path, path, "TFile", "",
                DataNode.Kind.DIRECTORY, Map.of("rootVersion", file.header().rootVersion()), children);
    }

    @Override
    public void close() {
        file.close();
    }
}
