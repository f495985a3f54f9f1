package io.sourcemark.store;

import io.sourcemark.model.TextRange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a search's words occur in a long article body, found by FTS5 itself (the same tokenizer, so the same words
 * as the index) in pieces of the body held in a temporary table of the connection. FTS5's {@code highlight()} and
 * {@code snippet()} grow with the square of the hits in one text: over a body of 1 MB that holds a word 20,000 times,
 * the first took 0.6 s and the second 5 s, and twice the text four times as long. The same holds within a piece:
 * marking 4 MB of such text took 2.3 s in pieces of 16 K characters, 0.4 s in pieces of 2 K. Each piece is read
 * with the next 512 characters too, so that a phrase its edge cuts is found in it; what starts in those characters
 * is left to the next piece.
 */
final class LongBodyHits {

    /** Bodies up to this length are marked by the index's own functions, whose cost is small for them. */
    static final int LONG = 8_192;
    static final int PIECE = 2_048;
    /** How far past its edge a piece is read: longer than a phrase of the 32 words a search takes, of common length. */
    static final int OVERLAP = 512;

    private static final String CREATE = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.body_piece USING fts5 (text, "
            + "tokenize = 'unicode61 remove_diacritics 2')";
    private static final String INSERT = "INSERT INTO temp.body_piece (rowid, text) VALUES (?, ?)";
    private static final String MARKED = "SELECT rowid, highlight(body_piece, 0, char(2), char(3)) FROM "
            + "temp.body_piece WHERE body_piece MATCH ? ORDER BY rowid";
    private static final String MARKED_ONE = "SELECT highlight(body_piece, 0, char(2), char(3)) FROM temp.body_piece "
            + "WHERE body_piece MATCH ? AND rowid = ?";
    private static final String CLEAR = "DELETE FROM temp.body_piece";

    private LongBodyHits() {
    }

    /** Every range of {@code body} that {@code anyWord} (an FTS5 expression: one word or another) finds. */
    static List<TextRange> all(Connection connection, String body, String anyWord) throws SQLException {
        prepare(connection);
        try {
            List<Integer> starts = new ArrayList<>();
            List<Integer> ends = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int start = 0; start < body.length(); start = ends.get(ends.size() - 1)) {
                    int end = pieceEnd(body, start);
                    insert.setInt(1, starts.size());
                    insert.setString(2, body.substring(start, readTo(body, end)));
                    insert.executeUpdate();
                    starts.add(start);
                    ends.add(end);
                }
            }
            List<TextRange> found = new ArrayList<>();
            try (PreparedStatement marked = connection.prepareStatement(MARKED)) {
                marked.setString(1, anyWord);
                try (ResultSet rows = marked.executeQuery()) {
                    while (rows.next()) {
                        int piece = rows.getInt(1);
                        found.addAll(ownRanges(rows.getString(2), starts.get(piece), ends.get(piece)));
                    }
                }
            }
            return joinedAcrossPieces(body, found);
        } finally {
            clear(connection);
        }
    }

    /**
     * The ranges found in the first piece of {@code body} that holds any of the words, with the offset of that
     * piece; empty when none does. Pieces after it are not read.
     */
    static List<TextRange> first(Connection connection, String body, String anyWord) throws SQLException {
        prepare(connection);
        try (PreparedStatement insert = connection.prepareStatement(INSERT);
             PreparedStatement marked = connection.prepareStatement(MARKED_ONE)) {
            int end;
            for (int start = 0, index = 0; start < body.length(); start = end, index++) {
                end = pieceEnd(body, start);
                insert.setInt(1, index);
                insert.setString(2, body.substring(start, readTo(body, end)));
                insert.executeUpdate();
                marked.setString(1, anyWord);
                marked.setInt(2, index);
                try (ResultSet row = marked.executeQuery()) {
                    List<TextRange> found = row.next() ? ownRanges(row.getString(1), start, end) : List.of();
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return List.of();
        } finally {
            clear(connection);
        }
    }

    /** The ranges marked in a piece read from {@code start} that start before its edge, as offsets of the body. */
    private static List<TextRange> ownRanges(String marked, int start, int end) {
        List<TextRange> own = new ArrayList<>();
        for (TextRange r : MarkedText.ranges(marked)) {
            if (start + r.start() < end) {
                own.add(new TextRange(start + r.start(), start + r.end()));
            }
        }
        return own;
    }

    /** How far a piece that ends at {@code end} is read: a little further, to the end of a word. */
    private static int readTo(String body, int end) {
        int to = Math.min(body.length(), end + OVERLAP);
        while (to < body.length() && !Character.isWhitespace(body.charAt(to)) && to < end + 2 * OVERLAP) {
            to++;
        }
        return to < body.length() && Character.isLowSurrogate(body.charAt(to)) ? to + 1 : to;
    }

    /** Where the piece that starts at {@code start} ends: at its last line break or space past its middle. */
    static int pieceEnd(String body, int start) {
        int end = start + PIECE;
        if (end >= body.length()) {
            return body.length();
        }
        int half = start + PIECE / 2;
        int cut = last(body, half, end, true);
        if (cut < half) {
            cut = last(body, half, end, false);
        }
        if (cut < half) {
            cut = Character.isLowSurrogate(body.charAt(end)) ? end - 1 : end; // one word of 2 K characters
        }
        return cut;
    }

    /** The last line break (or white space) in {@code (from, to]}, -1 if none: only there, a body may have none. */
    private static int last(String body, int from, int to, boolean lineBreak) {
        for (int i = to; i > from; i--) {
            char c = body.charAt(i);
            if (lineBreak ? c == '\n' : Character.isWhitespace(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Ranges on both sides of a piece's edge with only white space between them become one, as within a piece. */
    private static List<TextRange> joinedAcrossPieces(String body, List<TextRange> found) {
        List<TextRange> joined = new ArrayList<>();
        for (TextRange range : found) {
            TextRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            // a phrase read past a piece's edge may hold a word the next piece found on its own
            if (last != null && (range.start() <= last.end()
                    || body.substring(last.end(), range.start()).isBlank())) {
                joined.set(joined.size() - 1, new TextRange(last.start(), Math.max(last.end(), range.end())));
            } else {
                joined.add(range);
            }
        }
        return joined;
    }

    private static void prepare(Connection connection) throws SQLException {
        try (Statement create = connection.createStatement()) {
            create.execute(CREATE);
        }
    }

    private static void clear(Connection connection) throws SQLException {
        try (Statement clear = connection.createStatement()) {
            clear.execute(CLEAR);
        }
    }
}
