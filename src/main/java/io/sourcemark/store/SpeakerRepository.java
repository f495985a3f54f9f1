package io.sourcemark.store;

import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The project-wide speakers and their aliases. */
public final class SpeakerRepository {

    private final Session session;

    SpeakerRepository(Session session) {
        this.session = session;
    }

    /** Stores a new speaker (id 0; a positive id restores a deleted one) with its aliases. */
    public Speaker insert(Speaker speaker) {
        return session.write("save the speaker " + speaker.name(), connection -> {
            long id;
            String uid = Rows.uid(speaker.uid());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO speaker (id, uid, name, name_key, "
                    + "kind, role, affiliation) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                Rows.setId(insert, 1, speaker.id());
                insert.setString(2, uid);
                insert.setString(3, speaker.name());
                insert.setString(4, Rows.key(speaker.name()));
                Rows.setEnum(insert, 5, speaker.kind());
                insert.setString(6, speaker.role());
                insert.setString(7, speaker.affiliation());
                id = Rows.returnedId(insert);
            }
            insertAliases(connection, id, 0, speaker.aliases());
            return new Speaker(id, uid, speaker.name(), speaker.kind(), speaker.role(), speaker.affiliation(),
                    speaker.aliases());
        });
    }

    /** Replaces the stored speaker with the same id, aliases included; aliases that stay are not rewritten. */
    public void update(Speaker speaker) {
        session.write("change the speaker " + speaker.name(), connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE speaker SET name = ?, name_key = ?, "
                    + "kind = ?, role = ?, affiliation = ? WHERE id = ?")) {
                update.setString(1, speaker.name());
                update.setString(2, Rows.key(speaker.name()));
                Rows.setEnum(update, 3, speaker.kind());
                update.setString(4, speaker.role());
                update.setString(5, speaker.affiliation());
                update.setLong(6, speaker.id());
                Rows.requireUpdated(update.executeUpdate(), "speaker", speaker.id());
            }
            List<String> stored = aliases(connection, speaker.id());
            int kept = 0;
            while (kept < stored.size() && kept < speaker.aliases().size()
                    && stored.get(kept).equals(speaker.aliases().get(kept))) {
                kept++;
            }
            if (kept < stored.size()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM speaker_alias WHERE speaker_id = ? AND position >= ?")) {
                    delete.setLong(1, speaker.id());
                    delete.setInt(2, kept);
                    delete.executeUpdate();
                }
            }
            insertAliases(connection, speaker.id(), kept, speaker.aliases().subList(kept, speaker.aliases().size()));
            return null;
        });
    }

    public Optional<Speaker> find(long id) {
        return session.read("read a speaker", connection -> find(connection, id));
    }

    public Optional<Speaker> findByUid(String uid) {
        return session.read("look up a speaker", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM speaker WHERE uid = ?")) {
                query.setString(1, uid);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? find(connection, rows.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** The speaker whose name, or else one of whose aliases, is {@code name} in any letter case. */
    public Optional<Speaker> findByNameOrAlias(String name) {
        return session.read("look up the speaker " + name, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM ("
                    + "SELECT id, 0 AS rank FROM speaker WHERE name_key = ?1 "
                    + "UNION ALL SELECT speaker_id, 1 FROM speaker_alias WHERE alias_key = ?1) "
                    + "ORDER BY rank, id LIMIT 1")) {
                query.setString(1, Rows.key(name));
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? find(connection, rows.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Every speaker, ordered by name. */
    public List<Speaker> list() {
        return session.read("list the speakers", connection -> {
            Map<Long, List<String>> aliases = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT speaker_id, alias FROM speaker_alias ORDER BY speaker_id, position");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    aliases.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, uid, name, kind, role, affiliation FROM speaker ORDER BY name_key, id");
                 ResultSet rows = query.executeQuery()) {
                List<Speaker> speakers = new ArrayList<>();
                while (rows.next()) {
                    speakers.add(speaker(rows, aliases.getOrDefault(rows.getLong("id"), List.of())));
                }
                return speakers;
            }
        });
    }

    /** The names of the speakers the article's annotations are tied to, by speaker id. */
    public Map<Long, String> namesInArticle(long articleId) {
        return session.read("read the speakers of an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT s.id, s.name FROM speaker s "
                    + "JOIN annotation a ON a.speaker_id = s.id WHERE a.article_id = ?")) {
                query.setLong(1, articleId);
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

    /** Deletes the speaker; its annotations stay, without a speaker. */
    public void delete(long id) {
        session.write("delete a speaker", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM speaker WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    private static List<String> aliases(Connection connection, long speakerId) throws SQLException {
        List<String> aliases = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT alias FROM speaker_alias WHERE speaker_id = ? ORDER BY position")) {
            query.setLong(1, speakerId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    aliases.add(rows.getString(1));
                }
            }
        }
        return aliases;
    }

    private static Optional<Speaker> find(Connection connection, long id) throws SQLException {
        List<String> aliases = aliases(connection, id);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, uid, name, kind, role, affiliation FROM speaker WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(speaker(rows, aliases)) : Optional.empty();
            }
        }
    }

    /** Inserts {@code aliases} at positions {@code from}, {@code from} + 1, … */
    private static void insertAliases(Connection connection, long speakerId, int from, List<String> aliases)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO speaker_alias (uid, speaker_id, "
                + "position, alias, alias_key) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < aliases.size(); i++) {
                insert.setString(1, Rows.uid(null));
                insert.setLong(2, speakerId);
                insert.setInt(3, from + i);
                insert.setString(4, aliases.get(i));
                insert.setString(5, Rows.key(aliases.get(i)));
                insert.executeUpdate();
            }
        }
    }

    private static Speaker speaker(ResultSet row, List<String> aliases) throws SQLException {
        return new Speaker(row.getLong("id"), row.getString("uid"), row.getString("name"), Rows.getEnum(row, "kind", SpeakerKind.class),
                row.getString("role"), row.getString("affiliation"), aliases);
    }
}
