package org.vre.lake;

import java.time.Instant;

/** An account acts on the catalogue; admins may do anything, others only inside their own scopes. */
public record Account(String name, AccountType type, boolean admin, Instant createdAt) {
}
