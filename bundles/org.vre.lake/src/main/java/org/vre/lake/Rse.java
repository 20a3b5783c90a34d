package org.vre.lake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A storage element. Deterministic RSEs place files by the hash path of their DID; non-deterministic ones
 * keep an explicit path per replica. Protocols are ordered by read priority.
 */
public record Rse(String name, boolean deterministic, Map<String, String> attributes, List<RseProtocol> protocols,
        Instant createdAt) {

    public Rse {
        attributes = Map.copyOf(attributes);
        protocols = List.copyOf(protocols);
    }
}
