package org.vre.data.root;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vre.core.Progress;
import org.vre.core.VreException;
import org.vre.data.DataNode;
import org.vre.data.ExpectedJson;

/** Damaged and hostile files end in a VreException naming the file, object and offset; memory and time stay bounded. */
class HostileRootFileTest {

    private static final ReadLimits SMALL = new ReadLimits(8 << 20, 5000, 64, 5_000_000);

    @TempDir
    Path dir;

    private Path copy(String name, java.util.function.Consumer<byte[]> damage) throws IOException {
        byte[] bytes = Files.readAllBytes(ExpectedJson.resource("root/" + name));
        damage.accept(bytes);
        Path out = dir.resolve("damaged-" + name);
        Files.write(out, bytes);
        return out;
    }

    /** Opens the file and reads every object and every branch; returns normally or throws VreException. */
    private static void readEverything(Path file) {
        try (RootDataFile data = new RootDataFile(RootFile.open(file, SMALL))) {
            data.root().flatten().filter(DataNode::isReadable).forEach(node -> data.read(node.path(), Progress.NONE));
        }
    }

    @Test
    void truncatedFilesSayTheyAreTruncated() throws IOException {
        byte[] whole = Files.readAllBytes(ExpectedJson.resource("root/uproot-Zmumu-zstd.root"));
        for (int length : new int[] {0, 3, 40, 100, 1000, whole.length / 2, whole.length - 1}) {
            Path cut = dir.resolve("cut-" + length + ".root");
            Files.write(cut, java.util.Arrays.copyOf(whole, length));
            VreException e = assertThrows(VreException.class, () -> readEverything(cut), "length " + length);
            assertTrue(e.getMessage().contains("cut-" + length + ".root"), e.getMessage());
            assertTrue(e.getMessage().matches("(?s).*(too short|truncated|not a ROOT file).*"), e.getMessage());
        }
    }

    @Test
    void truncatedFileWithAConsistentHeaderFailsAtTheMissingBasket() throws IOException {
        byte[] whole = Files.readAllBytes(ExpectedJson.resource("root/uproot-hepdata-example.root"));
        // keep the directory and the StreamerInfo (both at the end of the file) but punch out basket bytes
        byte[] holed = whole.clone();
        java.util.Arrays.fill(holed, 5000, 400_000, (byte) 0);
        Path file = dir.resolve("holed.root");
        Files.write(file, holed);
        VreException e = assertThrows(VreException.class, () -> readEverything(file));
        assertTrue(e.getMessage().contains("holed.root") && e.getMessage().contains("offset"), e.getMessage());
    }

    @Test
    void anAbsurdUncompressedSizeIsRefusedBeforeAnyAllocation() throws IOException {
        // the StreamerInfo key of uproot-histograms.root sits at offset 2113; ObjLen is 6 bytes into the key
        Path file = copy("uproot-histograms.root", b -> ByteBuffer.wrap(b).putInt(2113 + 6, 2_000_000_000));
        VreException e = assertThrows(VreException.class, () -> RootFile.open(file).close());
        assertTrue(e.getMessage().contains("2000000000") && e.getMessage().contains("offset"), e.getMessage());
    }

    @Test
    void aDecompressionBombIsStoppedByTheLimitNotByMemory() {
        byte[] zeros = new byte[16 << 20];
        Deflater deflater = new Deflater(9);
        deflater.setInput(zeros);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        while (!deflater.finished()) {
            compressed.write(chunk, 0, deflater.deflate(chunk));
        }
        byte[] z = compressed.toByteArray();
        byte[] block = new byte[9 + z.length];
        block[0] = 'Z';
        block[1] = 'L';
        block[2] = 8;
        putLe24(block, 3, z.length);
        putLe24(block, 6, (16 << 20) - 1);
        System.arraycopy(z, 0, block, 9, z.length);
        RootDecompressor limited = new RootDecompressor(new ReadLimits(1 << 20, 5000, 64, 1000));
        VreException e = assertThrows(VreException.class, () -> limited.decompress(block, 16 << 20, "bomb", 1234));
        assertTrue(e.getMessage().contains("decompression bomb") && e.getMessage().contains("1234"), e.getMessage());
        RootDecompressor ratio = new RootDecompressor(new ReadLimits(64 << 20, 100, 64, 1000));
        VreException r = assertThrows(VreException.class, () -> ratio.decompress(block, 16 << 20, "bomb", 0));
        assertTrue(r.getMessage().contains("ratio"), r.getMessage());
    }

    @Test
    void aBlockThatExpandsBeyondItsHeaderIsCorruption() {
        byte[] payload = "hello ".repeat(50).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Deflater deflater = new Deflater();
        deflater.setInput(payload);
        deflater.finish();
        byte[] z = new byte[200];
        int n = deflater.deflate(z);
        byte[] block = new byte[9 + n];
        block[0] = 'Z';
        block[1] = 'L';
        putLe24(block, 3, n);
        putLe24(block, 6, payload.length - 5); // the header lies about the size
        System.arraycopy(z, 0, block, 9, n);
        RootDecompressor d = new RootDecompressor(ReadLimits.DEFAULT);
        assertThrows(VreException.class, () -> d.decompress(block, payload.length - 5, "liar", 0));
        putLe24(block, 6, payload.length);
        assertArrayEquals(payload, d.decompress(block, payload.length, "honest", 0));
    }

    @Test
    void randomlyCorruptedFilesNeverCrashOrHang() throws IOException {
        List<String> names = List.of("uproot-histograms.root", "uproot-simple.root", "uproot-issue-240.root",
                "uproot-issue213.root", "uproot-Zmumu-zstd.root", "uproot-Zmumu-lzma.root",
                "uproot-sample-5.30.00-lzma.root");
        Random random = new Random(20240611L);
        int failures = 0;
        int runs = 0;
        for (String name : names) {
            byte[] original = Files.readAllBytes(ExpectedJson.resource("root/" + name));
            for (int round = 0; round < 25; round++) {
                byte[] bytes = original.clone();
                int flips = 1 + random.nextInt(8);
                for (int i = 0; i < flips; i++) {
                    int at = random.nextInt(bytes.length);
                    bytes[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : 0xff);
                }
                Path file = dir.resolve("fuzz-" + round + "-" + name);
                Files.write(file, bytes);
                runs++;
                try {
                    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readEverything(file));
                } catch (VreException expected) {
                    failures++;
                    assertTrue(expected.getMessage().contains(file.getFileName().toString())
                            || expected.getMessage().contains("fuzz-"), "error names the file: " + expected.getMessage());
                } catch (RuntimeException | Error other) {
                    fail("file " + file.getFileName() + " (" + flips + " bytes changed) failed with " + other, other);
                }
            }
        }
        assertTrue(failures > runs / 10, "corruption is noticed (" + failures + " of " + runs + " damaged files refused)");
    }

    private static void putLe24(byte[] b, int at, int value) {
        b[at] = (byte) value;
        b[at + 1] = (byte) (value >>> 8);
        b[at + 2] = (byte) (value >>> 16);
    }
}
