/**
 * The storage API of the data lake: one {@link org.vre.lake.storage.Storage} interface for every protocol
 * (stat, list, mkdirs, put, ranged get, delete, rename, checksum, third-party copy), the
 * {@link org.vre.lake.storage.StorageProtocol} extension point (schemes to a factory) and the
 * {@link org.vre.lake.storage.StorageRegistry} that picks a protocol by URI scheme.
 *
 * <p>To add a protocol: implement {@code StorageProtocol} (its {@code schemes()} and {@code open(context)})
 * and {@code Storage}; report failures as {@link org.vre.lake.storage.StorageException} with the
 * {@link org.vre.lake.storage.StorageException.Reason} that fits (it drives retries and resume); use
 * {@link org.vre.lake.storage.TlsTrust#sslContext()} for TLS and {@link org.vre.lake.storage.TlsTrust#explain}
 * for handshake failures; ask {@link org.vre.lake.storage.StorageCredentials} for tokens or proxies per request.
 * Checksums are computed by the caller while bytes stream ({@link org.vre.lake.storage.ChecksummingInputStream}),
 * and by the server through {@code Storage.checksum} when it can.
 */
package org.vre.lake.storage;
