package io.sourcemark.store;

import io.sourcemark.model.Kind;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** A row of the domain in the analyst's words, for messages: "the direct quote “No, we can’t…”". */
final class RowDescriptions {

    private RowDescriptions() {
    }

    static String describe(TransactionSession session, String table, long rowId) throws SQLException {
        String named = switch (table) {
            case "annotation" -> annotation(session, rowId);
            case "article" -> text(session, "SELECT 'the article “' || title || '”' FROM article WHERE id = ?", rowId);
            case "speaker" -> text(session, "SELECT 'the speaker ' || name FROM speaker WHERE id = ?", rowId);
            default -> null;
        };
        return named != null ? named : generic(table);
    }

    private static String annotation(TransactionSession session, long rowId) throws SQLException {
        try (PreparedStatement query = session.connection().prepareStatement(
                "SELECT kind, exact FROM annotation WHERE id = ?")) {
            query.setLong(1, rowId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                Kind kind = Kind.valueOf(rows.getString(1));
                return "the " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " “"
                        + Rows.abbreviated(rows.getString(2)) + "”";
            }
        }
    }

    private static String text(TransactionSession session, String sql, long rowId) throws SQLException {
        try (PreparedStatement query = session.connection().prepareStatement(sql)) {
            query.setLong(1, rowId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static String generic(String table) {
        return switch (table) {
            case "annotation" -> "a highlight";
            case "article" -> "an article";
            case "article_original" -> "the original of an article";
            case "speaker" -> "a speaker";
            case "speaker_alias" -> "a speaker's alias";
            case "tag" -> "a tag of the codebook";
            case "annotation_tag" -> "a tag on a highlight";
            case "link" -> "a link between statements";
            case "evidence" -> "a piece of evidence";
            default -> "a row of " + table;
        };
    }
}
