package org.vre.lake.internal;

import java.sql.SQLException;

/** A unit of work inside one transaction. */
@FunctionalInterface
public interface SqlFunction<T> {
    T apply(Tx tx) throws SQLException;
}
