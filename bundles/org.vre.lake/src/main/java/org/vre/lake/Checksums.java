package org.vre.lake;

import java.util.Locale;
import java.util.regex.Pattern;

import org.vre.core.VreException;

/** Normal forms of the checksums the catalogue keeps: adler32 as 8 lower-case hex digits, md5 as 32. */
public final class Checksums {

    private static final Pattern ADLER32 = Pattern.compile("[0-9a-f]{1,8}");
    private static final Pattern MD5 = Pattern.compile("[0-9a-f]{32}");

    private Checksums() {
    }

    /** Lower-cases and zero-pads to 8 digits; null stays null. */
    public static String adler32(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!ADLER32.matcher(v).matches()) {
            throw new VreException("adler32 '" + Names.printable(value) + "' is not 1 to 8 hex digits");
        }
        return "0".repeat(8 - v.length()) + v;
    }

    public static String adler32(long value) {
        return String.format(Locale.ROOT, "%08x", value & 0xffffffffL);
    }

    public static String md5(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!MD5.matcher(v).matches()) {
            throw new VreException("md5 '" + Names.printable(value) + "' is not 32 hex digits");
        }
        return v;
    }
}
