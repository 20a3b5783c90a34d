package org.vre.lake;

import java.time.Instant;

/** A namespace for DIDs, owned by one account. */
public record Scope(String name, String owner, Instant createdAt) {
}
