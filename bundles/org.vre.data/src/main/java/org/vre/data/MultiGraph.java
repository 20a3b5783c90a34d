package org.vre.data;

import java.util.List;

/** Several graphs meant to be drawn together (ROOT TMultiGraph). */
public record MultiGraph(String name, String title, List<Graph> graphs) implements DataObject {

    public MultiGraph {
        graphs = List.copyOf(graphs);
    }
}
