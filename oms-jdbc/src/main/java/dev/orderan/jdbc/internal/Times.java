package dev.orderan.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants to and from {@code timestamptz}. PostgreSQL keeps microseconds; every instant is cut to
 * the microsecond here (never rounded, so a stored time is never later than the real one), and
 * comparisons in SQL use values cut the same way.
 */
public final class Times {

    private Times() {
    }

    /** The instant cut to the microsecond. */
    public static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** Sets a {@code timestamptz} parameter. */
    public static void set(PreparedStatement ps, int index, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(micros(at), ZoneOffset.UTC));
        }
    }

    /** Reads a {@code timestamptz} column. */
    public static Instant get(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
