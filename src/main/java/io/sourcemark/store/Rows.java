package io.sourcemark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.UUID;

/** Conversions between nullable model values and SQL columns. */
final class Rows {

    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

    private Rows() {
    }

    /** The form a name is looked up by: case-insensitive for every script, not only ASCII as SQLite's NOCASE. */
    static String key(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** Text short enough for an error message: a long quote is cut to its first words. */
    static String abbreviated(String text) {
        int limit = 40;
        return text == null || text.length() <= limit ? text : text.substring(0, limit) + "…";
    }

    /** The uid a new row is stored under: the one it brings (an import of an export), else a new random one. */
    static String uid(String given) {
        return given != null ? given : UUID.randomUUID().toString();
    }

    /** Binds a row id, or NULL for 0 so that SQLite assigns a new one. */
    static void setId(PreparedStatement statement, int index, long id) throws SQLException {
        if (id == 0) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, id);
        }
    }

    static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setDouble(index, value);
        }
    }

    static void setEnum(PreparedStatement statement, int index, Enum<?> value) throws SQLException {
        statement.setString(index, value == null ? null : value.name());
    }

    static Long getLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Integer getInteger(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Double getDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }

    static <E extends Enum<E>> E getEnum(ResultSet row, String column, Class<E> type) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** Fixed-width ISO-8601 in UTC, so that instants stored as text sort in time order. */
    static String text(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    /** The id of the row an INSERT … RETURNING id produced. */
    static long returnedId(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("The database returned no id for the new row");
            }
            return rows.getLong(1);
        }
    }

    /** Fails when an UPDATE by id touched nothing, so a stale id is reported rather than ignored. */
    static void requireUpdated(int count, String what, long id) throws SQLException {
        if (count == 0) {
            throw new SQLException("There is no " + what + " with id " + id);
        }
    }
}
