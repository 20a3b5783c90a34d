package org.vre.lake;

import java.util.Locale;

import org.vre.core.VreException;

/** The three kinds of data identifier: a file holds bytes, a dataset holds files, a container holds collections. */
public enum DidType {
    FILE('F'), DATASET('D'), CONTAINER('C');

    private final char code;

    DidType(char code) {
        this.code = code;
    }

    /** The one-letter code stored in the catalogue (Rucio's F, D, C). */
    public char code() {
        return code;
    }

    public boolean isCollection() {
        return this != FILE;
    }

    public static DidType ofCode(char code) {
        for (DidType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown DID type code " + code);
    }

    /** Parses {@code file}, {@code dataset}, {@code container} (any case, or the one-letter code). */
    public static DidType parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        for (DidType type : values()) {
            if (type.name().equals(t) || t.equals(String.valueOf(type.code))) {
                return type;
            }
        }
        throw new VreException("unknown DID type '" + text + "': use file, dataset or container");
    }
}
