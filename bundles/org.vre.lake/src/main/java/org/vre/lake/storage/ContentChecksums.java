package org.vre.lake.storage;

/**
 * The size and checksums of one stream of bytes, computed together in a single pass.
 *
 * @param bytes the number of bytes
 * @param adler32 8 lower-case zero-padded hex digits
 * @param md5 32 lower-case hex digits, or null when md5 was not computed
 */
public record ContentChecksums(long bytes, String adler32, String md5) {

    /** Formats an adler32 value the way Rucio stores it: 8 lower-case hex digits, zero-padded. */
    public static String formatAdler32(long value) {
        String hex = Long.toHexString(value & 0xffffffffL);
        return "00000000".substring(hex.length()) + hex;
    }

    /** The value for one algorithm (null when not computed). */
    public String get(ChecksumAlgorithm algorithm) {
        return algorithm == ChecksumAlgorithm.ADLER32 ? adler32 : md5;
    }
}
