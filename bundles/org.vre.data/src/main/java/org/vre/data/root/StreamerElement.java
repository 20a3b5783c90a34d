package org.vre.data.root;

/**
 * One member of a class as the file's streamer info describes it. {@code type} is ROOT's streamer type code
 * (1-19 basic, +20 fixed array, +40 counted pointer, 61.. objects, 300 STL, 500 custom); {@code elementClass}
 * is the TStreamerElement subclass (TStreamerBase marks a base class whose name is {@code name}).
 */
record StreamerElement(String elementClass, String name, String title, int type, int size, int arrayLength,
                       int arrayDim, String typeName, String countName, int stlType, int contentType,
                       double[] range) {

    boolean isBase() {
        return "TStreamerBase".equals(elementClass);
    }
}
