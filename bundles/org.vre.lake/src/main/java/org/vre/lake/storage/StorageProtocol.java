package org.vre.lake.storage;

import java.util.Set;

/**
 * The extension point for a storage protocol ({@code file}, {@code https}/{@code davs}, {@code root}, ...):
 * it names the URI schemes it serves and opens a {@link Storage} for them. Register instances with a
 * {@link StorageRegistry}; in OSGi they are published as services.
 */
public interface StorageProtocol {

    /** Lower-case URI schemes served, e.g. {@code [http, https, dav, davs]}. */
    Set<String> schemes();

    /** Opens a storage client configured by {@code context} (TLS trust, credentials, timeouts). */
    Storage open(StorageContext context);
}
