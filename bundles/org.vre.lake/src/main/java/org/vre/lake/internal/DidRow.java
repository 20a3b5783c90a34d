package org.vre.lake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.vre.lake.Did;
import org.vre.lake.DidDetails;
import org.vre.lake.DidType;

/** A DID with its internal id, as read from the {@code dids} table. */
record DidRow(long id, DidDetails details) {

    static final String COLUMNS = "d.id, d.scope, d.name, d.did_type, d.account, d.bytes, d.adler32, d.md5, d.guid,"
            + " d.is_open, d.length, d.created_at";

    static DidRow map(ResultSet rs) throws SQLException {
        long bytes = rs.getLong(6);
        Long b = rs.wasNull() ? null : bytes;
        return new DidRow(rs.getLong(1), new DidDetails(new Did(rs.getString(2), rs.getString(3)),
                DidType.ofCode(rs.getString(4).charAt(0)), rs.getString(5), b, trim(rs.getString(7)),
                trim(rs.getString(8)), rs.getString(9), rs.getBoolean(10), rs.getLong(11),
                Instant.ofEpochMilli(rs.getLong(12))));
    }

    static DidDetails details(ResultSet rs) throws SQLException {
        return map(rs).details();
    }

    Did did() {
        return details.did();
    }

    DidType type() {
        return details.type();
    }

    private static String trim(String fixedWidth) {
        return fixedWidth == null ? null : fixedWidth.trim();
    }
}
