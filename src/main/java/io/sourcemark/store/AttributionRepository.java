package io.sourcemark.store;

import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.WordStart;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Who said what across the library: statements by speaker, and moving them from one speaker to another. */
public final class AttributionRepository {

    private static final String PLACED = "SELECT a.id, a.article_id, r.title, a.kind, a.origin, a.\"start\", "
            + "a.\"end\", a.exact, a.verdict, a.speaker_id FROM annotation a JOIN article r ON r.id = a.article_id ";
    private static final String VISIBLE = "a.origin <> 'REJECTED' ";
    /** Words of a search for statements to link beyond these add nothing a reader would type. */
    private static final int MAX_WORDS = 12;
    private static final String STATEMENT = "a.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') ";
    /** Statements counted by speaker; {@code %s} narrows the rows (an article), ending in "AND ". */
    private static final String COUNTS_BY_SPEAKER = "SELECT a.speaker_id, count(*) FROM annotation a WHERE %s"
            + "a.speaker_id IS NOT NULL AND " + VISIBLE + "AND " + STATEMENT + "GROUP BY a.speaker_id";

    private final Session session;

    AttributionRepository(Session session) {
        this.session = session;
    }

    /** The speaker's statements (rejected suggestions left out), by article title, then in reading order. */
    public List<StatementInArticle> statementsOf(long speakerId) {
        return ofSpeaker(speakerId, STATEMENT);
    }

    /** The mentions of the speaker in the text (rejected suggestions left out), in the same order. */
    public List<StatementInArticle> mentionsOf(long speakerId) {
        return ofSpeaker(speakerId, "a.kind = 'SPEAKER' ");
    }

    private List<StatementInArticle> ofSpeaker(long speakerId, String kinds) {
        return session.read("read the statements of a speaker", connection -> {
            try (PreparedStatement query = connection.prepareStatement(PLACED + "WHERE a.speaker_id = ? AND "
                    + VISIBLE + "AND " + kinds + "ORDER BY r.title COLLATE NOCASE, r.id, a.\"start\", a.id")) {
                query.setLong(1, speakerId);
                return placed(query);
            }
        });
    }

    /** How many statements (rejected suggestions left out) each speaker has, by speaker id; none: absent. */
    public Map<Long, Integer> statementCounts() {
        return session.read("count the statements of the speakers", connection -> {
            try (PreparedStatement query = connection.prepareStatement(COUNTS_BY_SPEAKER.formatted(""))) {
                return countsBySpeaker(query);
            }
        });
    }

    /** The same in one article (speakers without any statement there are left out). */
    public Map<Long, Integer> statementCountsIn(long articleId) {
        return session.read("count the statements of the article's speakers", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    COUNTS_BY_SPEAKER.formatted("a.article_id = ? AND "))) {
                query.setLong(1, articleId);
                return countsBySpeaker(query);
            }
        });
    }

    private static Map<Long, Integer> countsBySpeaker(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            Map<Long, Integer> counts = new HashMap<>();
            while (rows.next()) {
                counts.put(rows.getLong(1), rows.getInt(2));
            }
            return counts;
        }
    }

    /** One annotation with its article's title. */
    public Optional<StatementInArticle> find(long annotationId) {
        return session.read("read a statement", connection -> {
            try (PreparedStatement query = connection.prepareStatement(PLACED + "WHERE a.id = ?")) {
                query.setLong(1, annotationId);
                return placed(query).stream().findFirst();
            }
        });
    }

    /**
     * Statements and speaker mentions (rejected suggestions left out) in which each word of {@code text} (its first
     * twelve) starts a word, in any order, ignoring the case of ASCII letters, by article title then reading order.
     */
    public List<StatementInArticle> findByWords(String text, int limit) {
        // every word, in any order: "North Korea arms" finds "arms to North Korea"
        List<String> words = Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).distinct()
                .limit(MAX_WORDS).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        String each = "AND a.exact LIKE ? ESCAPE '\\' ".repeat(words.size());
        List<Pattern> starts = words.stream().map(WordStart::of).toList();
        return session.read("find statements", connection -> {
            // LIKE finds the words anywhere, inside others too; read in order, the rows where each starts a word
            // are kept until there are enough
            try (PreparedStatement query = connection.prepareStatement(PLACED + "WHERE " + VISIBLE
                    + "AND a.kind <> 'TAG' " + each
                    + "ORDER BY r.title COLLATE NOCASE, r.id, a.\"start\", a.id")) {
                int at = 1;
                for (String word : words) {
                    query.setString(at++, "%" + word.replace("\\", "\\\\").replace("%", "\\%")
                            .replace("_", "\\_") + "%");
                }
                return placed(query, row -> starts.stream().allMatch(p -> p.matcher(row.exact()).find()), limit);
            }
        });
    }

    /**
     * Ties every annotation of speaker {@code from} to speaker {@code to}, each remembering the name it was tied to
     * before (the first such name, through merges one after another); returns how many moved.
     */
    public int moveAll(long from, String fromName, long to) {
        return session.write("move the statements of a speaker", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE annotation SET speaker_id = ?, "
                    + "merged_from = coalesce(merged_from, ?) WHERE speaker_id = ?")) {
                update.setLong(1, to);
                update.setString(2, fromName);
                update.setLong(3, from);
                return update.executeUpdate();
            }
        });
    }

    /**
     * The annotations of the speaker (rejected suggestions included, as a merge moved them) that were another
     * speaker's before a merge: annotation id to that speaker's name, in id order.
     */
    public Map<Long, String> mergedInto(long speakerId) {
        return session.read("read where a speaker's statements came from", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, merged_from FROM annotation "
                    + "WHERE speaker_id = ? AND merged_from IS NOT NULL ORDER BY id")) {
                query.setLong(1, speakerId);
                try (ResultSet rows = query.executeQuery()) {
                    Map<Long, String> names = new LinkedHashMap<>();
                    while (rows.next()) {
                        names.put(rows.getLong(1), rows.getString(2));
                    }
                    return names;
                }
            }
        });
    }

    private static List<StatementInArticle> placed(PreparedStatement query) throws SQLException {
        return placed(query, row -> true, Integer.MAX_VALUE);
    }

    private static List<StatementInArticle> placed(PreparedStatement query,
                                                   Predicate<StatementInArticle> kept, int limit)
            throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<StatementInArticle> placed = new ArrayList<>();
            while (placed.size() < limit && rows.next()) {
                StatementInArticle row = new StatementInArticle(rows.getLong(1), rows.getLong(2), rows.getString(3),
                        Rows.getEnum(rows, "kind", Kind.class), Rows.getEnum(rows, "origin", Origin.class),
                        new TextRange(rows.getInt(6), rows.getInt(7)), rows.getString(8),
                        Rows.getEnum(rows, "verdict", Verdict.class), Rows.getLong(rows, "speaker_id"));
                if (kept.test(row)) {
                    placed.add(row);
                }
            }
            return placed;
        }
    }
}
