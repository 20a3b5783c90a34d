package org.vre.lake.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ChecksumCalculatorTest {

    private static ContentChecksums of(ChecksumCalculator calculator, byte[] data, int chunk) {
        for (int i = 0; i < data.length; i += chunk) {
            calculator.update(data, i, Math.min(chunk, data.length - i));
        }
        return calculator.finish();
    }

    @Test
    void knownValues() {
        // adler32("Wikipedia") = 0x11E60398 (the algorithm's textbook example); md5 values from md5sum
        ContentChecksums wiki = of(new ChecksumCalculator(), "Wikipedia".getBytes(StandardCharsets.US_ASCII), 3);
        assertEquals(new ContentChecksums(9, "11e60398", "9c677286866aad38f8e9b660f5411814"), wiki);
        ContentChecksums empty = of(new ChecksumCalculator(), new byte[0], 1);
        assertEquals(new ContentChecksums(0, "00000001", "d41d8cd98f00b204e9800998ecf8427e"), empty);
    }

    @Test
    void adler32IsZeroPaddedLowerCase() {
        assertEquals("00000001", ContentChecksums.formatAdler32(1));
        assertEquals("0a1b2c3d", ContentChecksums.formatAdler32(0x0A1B2C3DL));
        assertEquals("ffffffff", ContentChecksums.formatAdler32(-1));
        assertTrue(ChecksumAlgorithm.ADLER32.isWellFormed("0a1b2c3d"));
        assertFalse(ChecksumAlgorithm.ADLER32.isWellFormed("0A1B2C3D"));
        assertFalse(ChecksumAlgorithm.ADLER32.isWellFormed("a1b2c3d"));
    }

    @Test
    void theParallelCalculatorAgreesWithTheSequentialOneForAnySplit() {
        byte[] data = new byte[5 * (1 << 20) + 12345];
        new Random(42).nextBytes(data);
        ContentChecksums expected = of(new ChecksumCalculator(), data, data.length);
        for (int chunk : new int[] {1 << 20, 7, 65536, 3_000_001}) {
            try (ChecksumCalculator parallel = new ParallelChecksumCalculator(true)) {
                assertEquals(expected, of(parallel, data, chunk), "chunk " + chunk);
            }
        }
        try (ChecksumCalculator noMd5 = ChecksumCalculator.forSize(-1, false)) {
            ContentChecksums adlerOnly = of(noMd5, data, 8192);
            assertEquals(expected.adler32(), adlerOnly.adler32());
            assertNull(adlerOnly.md5());
        }
    }

    @Test
    void theStreamSeesEveryByteOnce() throws IOException {
        byte[] data = "Wikipedia".getBytes(StandardCharsets.US_ASCII);
        ChecksumCalculator calculator = new ChecksumCalculator();
        try (ChecksummingInputStream in = new ChecksummingInputStream(new ByteArrayInputStream(data), calculator)) {
            assertEquals('W', in.read());
            byte[] rest = in.readAllBytes();
            assertEquals(8, rest.length);
            assertThrows(IOException.class, () -> in.skip(1));
        }
        assertEquals("11e60398", calculator.finish().adler32());
    }
}
