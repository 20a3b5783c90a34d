package org.vre.lake.transfer;

/** What a copy must turn out to be (any field null when unknown): the catalogue's size and checksums. */
record Expected(Long bytes, String adler32, String md5) {

    static final Expected NOTHING = new Expected(null, null, null);
}
