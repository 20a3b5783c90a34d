package org.vre.data;

/** Something a reader found in a file and can hand over whole: a histogram, graph, table or image. */
public sealed interface DataObject permits Histogram1D, Histogram2D, Profile, Graph, MultiGraph, Table, Image {

    String name();

    String title();
}
