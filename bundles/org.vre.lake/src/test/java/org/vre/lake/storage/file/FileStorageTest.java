package org.vre.lake.storage.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.lake.storage.ChecksumAlgorithm;
import org.vre.lake.storage.Storage;
import org.vre.lake.storage.StorageContext;
import org.vre.lake.storage.StorageContractTest;
import org.vre.lake.storage.StorageException;
import org.vre.testing.Tmpfs;

class FileStorageTest extends StorageContractTest {

    @TempDir
    Path folder;
    private Storage storage;

    @BeforeEach
    void open() {
        storage = new FileStorageProtocol().open(StorageContext.defaults());
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Override
    protected Storage storage() {
        return storage;
    }

    @Override
    protected URI newBase() {
        return URI.create(folder.toUri() + "base/");
    }

    @Test
    void checksumIsComputedFromTheFile() {
        URI file = base().resolve("w");
        storage.put(file, new ByteArrayInputStream("Wikipedia".getBytes()), 9, Progress.NONE);
        assertEquals("11e60398", storage.checksum(file, ChecksumAlgorithm.ADLER32));
        assertEquals("9c677286866aad38f8e9b660f5411814", storage.checksum(file, ChecksumAlgorithm.MD5)); // md5sum
    }

    @Test
    void aFullDiskIsReportedAsSuchAndLeavesNoPartialFile() throws IOException {
        Path mount = folder.resolve("full");
        try (Tmpfs tmpfs = Tmpfs.mount(mount, 256, "root")) {
            URI target = mount.resolve("big.bin").toUri();
            byte[] data = randomBytes(1 << 20, 9);
            StorageException e = assertThrows(StorageException.class,
                    () -> storage.put(target, new ByteArrayInputStream(data), data.length, Progress.NONE));
            assertEquals(StorageException.Reason.NO_SPACE, e.reason());
            assertTrue(e.getMessage().contains("full"), e.getMessage());
            try (java.util.stream.Stream<Path> left = Files.list(mount)) {
                assertEquals(List.of(), left.toList());
            }
        }
    }

    @Test
    void aReadOnlyFolderRefusesWritesClearly() throws IOException {
        Path ro = folder.resolve("ro");
        Files.createDirectories(ro);
        try (Tmpfs tmpfs = Tmpfs.mount(ro, 64, "root")) {
            org.vre.testing.Commands.run(null, "mount", "-o", "remount,ro", ro.toString());
            StorageException e = assertThrows(StorageException.class,
                    () -> storage.put(ro.resolve("x").toUri(), new ByteArrayInputStream(new byte[1]), 1, Progress.NONE));
            assertEquals(StorageException.Reason.PERMISSION_DENIED, e.reason(), e.getMessage());
        }
    }

    @Test
    void otherHostsAreRefused() {
        StorageException e = assertThrows(StorageException.class,
                () -> storage.stat(URI.create("file://elsewhere/etc/passwd")));
        assertEquals(StorageException.Reason.UNSUPPORTED, e.reason());
    }
}
