package org.vre.lake.xrootd;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * What kXR_stat reports: {@code "id size flags mtime"} (newer servers add ctime, atime, mode, owner, group).
 *
 * @param id the server's id of the object
 * @param size bytes
 * @param flags kXR_isDir (2), kXR_other (4), kXR_offline (8), kXR_readable (16), kXR_writable (32), ...
 * @param modified last modification time
 */
public record StatInfo(String id, long size, int flags, Instant modified) {
    public static final int IS_DIRECTORY = 2;
    public static final int OTHER = 4;
    public static final int OFFLINE = 8;
    public static final int READABLE = 16;
    public static final int WRITABLE = 32;

    public boolean isDirectory() {
        return (flags & IS_DIRECTORY) != 0;
    }

    public boolean isFile() {
        return (flags & (IS_DIRECTORY | OTHER)) == 0;
    }

    /** Parses the text of a stat answer; {@code where} is put in the error message. */
    public static StatInfo parse(String text, String where) {
        String trimmed = text.replace("\0", " ").trim();
        String[] fields = trimmed.split("\\s+");
        if (fields.length < 4) {
            throw new XrootdException(XrootdException.Kind.PROTOCOL, where + ": malformed stat answer '"
                    + abbreviate(trimmed) + "' (expected id, size, flags and time)");
        }
        try {
            return new StatInfo(fields[0], Long.parseLong(fields[1]), Integer.parseInt(fields[2]),
                    Instant.ofEpochSecond(Long.parseLong(fields[3])));
        } catch (NumberFormatException e) {
            throw new XrootdException(XrootdException.Kind.PROTOCOL, where + ": malformed stat answer '"
                    + abbreviate(trimmed) + "': " + e.getMessage());
        }
    }

    static StatInfo parse(byte[] body, int offset, int length, String where) {
        return parse(new String(body, offset, length, StandardCharsets.UTF_8), where);
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
