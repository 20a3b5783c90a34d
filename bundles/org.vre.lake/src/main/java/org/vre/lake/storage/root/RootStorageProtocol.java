package org.vre.lake.storage.root;

import java.util.Set;

import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageProtocol;
import org.vre.lake.xrootd.XrootdClient;
import org.vre.lake.xrootd.XrootdClientConfig;

/** {@code root://} (and {@code xroot://}) URIs: XRootD servers, spoken natively by {@link XrootdClient}. */
public final class RootStorageProtocol implements StorageProtocol {
    private final XrootdClientConfig base;

    /** Default transfer settings (8 MiB chunks, 4 in flight, unix security offered). */
    public RootStorageProtocol() {
        this(XrootdClientConfig.defaults());
    }

    /** Custom settings; the context's timeouts still override the config's. */
    public RootStorageProtocol(XrootdClientConfig base) {
        this.base = base;
    }

    @Override
    public Set<String> schemes() {
        return Set.of("root", "xroot");
    }

    @Override
    public Storage open(StorageContext context) {
        return new RootStorage(new XrootdClient(base.withTimeouts(context.connectTimeout(), context.readTimeout())));
    }
}
