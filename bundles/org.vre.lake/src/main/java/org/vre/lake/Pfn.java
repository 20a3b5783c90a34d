package org.vre.lake;

import java.net.URI;

/** A physical file name: where one replica can be read through one protocol, with that protocol's priority. */
public record Pfn(String rse, ReplicaState state, String scheme, URI uri, int priority) {
}
