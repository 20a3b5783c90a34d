package org.vre.lake.storage;

import java.util.Locale;

/** The checksums the lake records: adler32 (preferred, as in Rucio) and md5. */
public enum ChecksumAlgorithm {
    ADLER32(8),
    MD5(32);

    private final int hexLength;

    ChecksumAlgorithm(int hexLength) {
        this.hexLength = hexLength;
    }

    /** The lower-case name used in headers ({@code Want-Digest: adler32}) and in the catalogue. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when {@code value} is well formed for this algorithm: lower-case hex of the right length. */
    public boolean isWellFormed(String value) {
        if (value == null || value.length() != hexLength) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
