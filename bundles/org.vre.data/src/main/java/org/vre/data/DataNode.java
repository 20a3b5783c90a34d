package org.vre.data;

import java.util.List;
import java.util.Map;

/**
 * One entry in the tree of named objects a file holds: a directory/group/HDU or a readable object.
 * {@code path} is what {@link DataFile#read(String)} takes; {@code type} is the format's own class name
 * (TH1F, BinTableHDU, dataset...); {@code attributes} carries headers and attributes as plain values.
 */
public record DataNode(String name, String path, String type, String title, Kind kind,
                       Map<String, Object> attributes, List<DataNode> children) {

    /** What reading the node gives. */
    public enum Kind { DIRECTORY, HISTOGRAM1D, HISTOGRAM2D, PROFILE, GRAPH, MULTIGRAPH, TABLE, IMAGE, OTHER }

    public DataNode {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        children = children == null ? List.of() : List.copyOf(children);
    }

    public boolean isReadable() {
        return kind != Kind.DIRECTORY && kind != Kind.OTHER;
    }

    /** This node and all below it, depth first. */
    public java.util.stream.Stream<DataNode> flatten() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(this),
                children.stream().flatMap(DataNode::flatten));
    }
}
