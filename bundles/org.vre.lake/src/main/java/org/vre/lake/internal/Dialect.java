package org.vre.lake.internal;

/** The two stores the catalogue runs on; SQL is kept portable, this only picks the few things that differ. */
public enum Dialect {
    H2, POSTGRESQL;

    public static Dialect ofUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new org.vre.core.VreException("catalogue URL '" + jdbcUrl
                + "' is not supported: use a lake folder or jdbc:postgresql://host:port/db");
    }
}
