package org.vre.cli.transfer;

import java.time.Duration;
import java.util.List;

import org.vre.lake.storage.BuiltInProtocols;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageProtocol;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.storage.TlsTrust;

/**
 * The storage protocols the command line offers. Outside OSGi there is no service registry, so they are listed
 * here; in the server and the desktop they come from Declarative Services.
 */
public final class StorageProtocols {

    private StorageProtocols() {
    }

    public static List<StorageProtocol> all() {
        return BuiltInProtocols.all();
    }

    /**
     * A registry with TLS trust from {@code --ca-dir}, else {@code X509_CERT_DIR} (else the grid's or the Java
     * runtime's CAs), and a read timeout that catches servers that go silent.
     */
    public static StorageRegistry registry(String caDirectory, Duration readTimeout) {
        TlsTrust trust = caDirectory == null ? TlsTrust.fromEnvironment() : TlsTrust.fromDirectory(java.nio.file.Path.of(caDirectory));
        StorageContext context = StorageContext.defaults().withTrust(trust)
                .withTimeouts(Duration.ofSeconds(10), readTimeout);
        return new StorageRegistry(context, all());
    }
}
