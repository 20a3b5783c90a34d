package org.vre.lake.transfer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Adler32;

import org.vre.lake.CatalogService;
import org.vre.lake.Did;
import org.vre.lake.DeterministicPath;
import org.vre.lake.RseProtocol;
import org.vre.lake.catalog.CatalogStore;
import org.vre.lake.catalog.LakeConfig;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageRegistry;
import org.vre.lake.storage.file.FileStorageProtocol;
import org.vre.lake.storage.http.HttpStorageProtocol;
import org.vre.testing.NginxWebDav;

/**
 * A real embedded lake (H2 catalogue) with a file RSE EULAKE-1 and an nginx WebDAV RSE WEBDAV-1, the scope
 * ATLAS_LAPP_SP, and the storage protocols file and http. Checksums for assertions are computed with
 * java.util.zip and MessageDigest, independently of the code under test.
 */
final class LakeFixture implements AutoCloseable {

    static final String SCOPE = "ATLAS_LAPP_SP";

    final Path root;
    final CatalogService catalog;
    final StorageRegistry storages;
    final NginxWebDav nginx;
    final String account;

    LakeFixture(Path root) throws IOException {
        this.root = root;
        NginxWebDav.openAncestors(root.resolve("x"));
        this.nginx = NginxWebDav.start(root.resolve("nginx"));
        this.catalog = CatalogStore.open(LakeConfig.embedded(root.resolve("lake")));
        this.account = LakeConfig.osAccount();
        this.storages = new StorageRegistry(StorageContext.defaults(),
                List.of(new FileStorageProtocol(), new HttpStorageProtocol()));
        addRse("EULAKE-1", root.resolve("lake/storage/eos/eulake_1").toUri().toString());
        addRse("WEBDAV-1", nginx.uri("lake").toString());
        catalog.addScope(account, SCOPE, account);
    }

    void addRse(String name, String url) {
        catalog.addRse(account, name, true, Map.of(), List.of(RseProtocol.fromUrl(url)));
    }

    /** The file a deterministic RSE holds for a DID, on the local disk (file RSE or nginx's data folder). */
    Path fileOn(String rse, Did did) {
        String path = DeterministicPath.of(did);
        return switch (rse) {
            case "EULAKE-1" -> root.resolve("lake/storage/eos/eulake_1").resolve(path);
            case "WEBDAV-1" -> nginx.data().resolve("lake").resolve(path);
            default -> throw new IllegalArgumentException(rse);
        };
    }

    URI webdav(String path) {
        return nginx.uri(path);
    }

    static byte[] randomBytes(int size, long seed) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    static Path writeFile(Path file, byte[] data) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, data);
    }

    static String adler32(byte[] data) {
        Adler32 adler = new Adler32();
        adler.update(data);
        return String.format("%08x", adler.getValue());
    }

    static String md5(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void flipByte(Path file, long position) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
            channel.read(one, position);
            one.flip();
            byte b = one.get(0);
            one.put(0, (byte) (b ^ 0x01));
            channel.write(one, position);
        }
    }

    @Override
    public void close() {
        storages.close();
        catalog.close();
        nginx.close();
    }
}
