package org.vre.lake;

import java.time.Instant;

/** Which events to read: after an id (to follow the log), by account, type prefix, time range; null = any. */
public record EventQuery(Long afterId, String account, String typePrefix, Instant since, Instant until, int limit) {

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, Integer.MAX_VALUE);
    }

    public static EventQuery after(long id) {
        return new EventQuery(id, null, null, null, null, Integer.MAX_VALUE);
    }
}
