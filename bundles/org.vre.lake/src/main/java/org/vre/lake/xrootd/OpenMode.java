package org.vre.lake.xrootd;

/** How {@link XrootdClient#open} opens a file (the kXR_open option bits). */
public enum OpenMode {
    /** kXR_open_read. */
    READ(0x0010),
    /** kXR_new | kXR_mkpath: create, fail when the file exists. */
    CREATE(0x0008 | 0x0100),
    /** kXR_delete | kXR_mkpath: create or truncate. */
    REPLACE(0x0002 | 0x0100);

    private final int options;

    OpenMode(int options) {
        this.options = options;
    }

    /** The option bits, without kXR_retstat (always added). */
    public int options() {
        return options;
    }

    public boolean writes() {
        return this != READ;
    }
}
