package org.vre.lake.storage;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The storage protocols known to one lake session, by URI scheme. Opens one {@link Storage} per protocol
 * on first use (with the session's {@link StorageContext}) and closes them all on {@link #close()}.
 * Construct it with the protocols to offer; nothing is global.
 */
public final class StorageRegistry implements AutoCloseable {

    private final StorageContext context;
    private final Map<String, StorageProtocol> byScheme = new LinkedHashMap<>();
    private final Map<StorageProtocol, Storage> open = new HashMap<>();

    public StorageRegistry(StorageContext context, List<? extends StorageProtocol> protocols) {
        this.context = context;
        protocols.forEach(this::register);
    }

    /** Adds a protocol; a later registration for the same scheme wins. */
    public synchronized void register(StorageProtocol protocol) {
        for (String scheme : protocol.schemes()) {
            byScheme.put(scheme.toLowerCase(Locale.ROOT), protocol);
        }
    }

    public StorageContext context() {
        return context;
    }

    /** The schemes that can be used, sorted. */
    public synchronized Set<String> schemes() {
        return new TreeSet<>(byScheme.keySet());
    }

    public synchronized boolean supports(String scheme) {
        return scheme != null && byScheme.containsKey(scheme.toLowerCase(Locale.ROOT));
    }

    /** The storage client for {@code uri}'s scheme; fails with UNSUPPORTED naming the schemes there are. */
    public synchronized Storage storageFor(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        StorageProtocol protocol = byScheme.get(scheme);
        if (protocol == null) {
            throw new StorageException(StorageException.Reason.UNSUPPORTED, uri,
                    "no storage protocol for the scheme '" + scheme + "' (known: " + String.join(", ", schemes()) + ")");
        }
        return open.computeIfAbsent(protocol, p -> p.open(context));
    }

    @Override
    public synchronized void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Storage storage : open.values()) {
            try {
                storage.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        open.clear();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
