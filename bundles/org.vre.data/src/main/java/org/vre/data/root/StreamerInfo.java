package org.vre.data.root;

import java.util.List;

/** How one version of a class was written: its members in order. */
record StreamerInfo(String className, int classVersion, long checksum, List<StreamerElement> elements) {
}
