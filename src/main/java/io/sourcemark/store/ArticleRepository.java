package io.sourcemark.store;

import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.ArticleSummary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The imported articles of a project. */
public final class ArticleRepository {

    private static final String COLUMNS =
            "id, uid, title, source, date, dateline, agency, url, license, file_name, body, content_hash, imported_at, note";

    private static final String SUMMARIES = "SELECT a.id, a.title, a.source, a.date, "
            + "(SELECT count(*) FROM annotation s WHERE s.article_id = a.id "
            + "AND s.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') AND s.origin <> 'REJECTED') "
            + "AS statements, "
            + "(SELECT count(*) FROM annotation s WHERE s.article_id = a.id "
            + "AND s.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') AND s.origin <> 'REJECTED' "
            + "AND s.verdict IS NOT NULL AND s.verdict <> 'NOT_CHECKED') AS checked FROM article a";

    private final Session session;

    ArticleRepository(Session session) {
        this.session = session;
    }

    /** Stores a new article; returns it with its id and import time. A body already stored (same hash) fails. */
    public Article insert(ArticleMeta meta, String body, String contentHash) {
        return insert(null, meta, body, contentHash);
    }

    /** Stores a new article under {@code uid} (null: a new one), as when an exported article is imported back. */
    public Article insert(String uid, ArticleMeta meta, String body, String contentHash) {
        return session.write("save the article \"" + meta.title() + "\"", connection -> {
            Instant importedAt = session.now();
            String stored = Rows.uid(uid);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article (uid, title, source, "
                    + "date, dateline, agency, url, license, file_name, body, content_hash, imported_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                insert.setString(1, stored);
                bindMeta(insert, 2, meta);
                insert.setString(10, body);
                insert.setString(11, contentHash);
                insert.setString(12, Rows.text(importedAt));
                return new Article(Rows.returnedId(insert), stored, meta, body, contentHash, importedAt, null);
            }
        });
    }

    /** Replaces the article's title, source, date, dateline, agency, URL, licence and file name. */
    public void updateMeta(long id, ArticleMeta meta) {
        session.write("change the article \"" + meta.title() + "\"", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE article SET title = ?, source = ?, "
                    + "date = ?, dateline = ?, agency = ?, url = ?, license = ?, file_name = ? WHERE id = ?")) {
                bindMeta(update, 1, meta);
                update.setLong(9, id);
                Rows.requireUpdated(update.executeUpdate(), "article", id);
                return null;
            }
        });
    }

    /** Sets the analyst's note on the whole article (null removes it). */
    public void updateNote(long id, String note) {
        session.write("save the note of an article", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE article SET note = ? WHERE id = ?")) {
                update.setString(1, note);
                update.setLong(2, id);
                Rows.requireUpdated(update.executeUpdate(), "article", id);
                return null;
            }
        });
    }

    public Optional<Article> findByUid(String uid) {
        return session.read("look up an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM article WHERE uid = ?")) {
                query.setString(1, uid);
                return first(query);
            }
        });
    }

    public Optional<Article> findByHash(String contentHash) {
        return session.read("look up an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM article WHERE content_hash = ?")) {
                query.setString(1, contentHash);
                return first(query);
            }
        });
    }

    public Optional<Article> find(long id) {
        return session.read("read an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM article WHERE id = ?")) {
                query.setLong(1, id);
                return first(query);
            }
        });
    }

    /**
     * Every article without its body, ordered by title; the counts are of quotes and claims not rejected, and of
     * those with a verdict.
     */
    public List<ArticleSummary> list() {
        return session.read("list the articles", connection -> {
            try (PreparedStatement query = connection.prepareStatement(SUMMARIES + " ORDER BY a.title COLLATE NOCASE, "
                    + "a.id")) {
                return summaries(query);
            }
        });
    }

    /** One row of the library, as {@link #list()} gives it. */
    public Optional<ArticleSummary> summary(long id) {
        return session.read("read an article of the library", connection -> {
            try (PreparedStatement query = connection.prepareStatement(SUMMARIES + " WHERE a.id = ?")) {
                query.setLong(1, id);
                return summaries(query).stream().findFirst();
            }
        });
    }

    /** The uid of every article, by id. */
    public Map<Long, String> uids() {
        return session.read("list the articles", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, uid FROM article");
                 ResultSet rows = query.executeQuery()) {
                Map<Long, String> uids = new HashMap<>();
                while (rows.next()) {
                    uids.put(rows.getLong(1), rows.getString(2));
                }
                return uids;
            }
        });
    }

    private static List<ArticleSummary> summaries(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<ArticleSummary> summaries = new ArrayList<>();
            while (rows.next()) {
                summaries.add(new ArticleSummary(rows.getLong("id"), rows.getString("title"),
                        rows.getString("source"), rows.getString("date"), rows.getInt("statements"),
                        rows.getInt("checked")));
            }
            return summaries;
        }
    }

    /** Deletes the article with its annotations, their evidence, links and tag assignments. */
    public void delete(long id) {
        session.write("delete an article", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    public int count() {
        return session.read("count the articles", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM article");
                 ResultSet rows = query.executeQuery()) {
                return rows.getInt(1);
            }
        });
    }

    /** Binds title … file name (8 parameters) from {@code first} on. */
    private static void bindMeta(PreparedStatement statement, int first, ArticleMeta meta) throws SQLException {
        statement.setString(first, meta.title());
        statement.setString(first + 1, meta.source());
        statement.setString(first + 2, meta.date());
        statement.setString(first + 3, meta.dateline());
        statement.setString(first + 4, meta.agency());
        statement.setString(first + 5, meta.url());
        statement.setString(first + 6, meta.license());
        statement.setString(first + 7, meta.fileName());
    }

    private static Optional<Article> first(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? Optional.of(article(rows)) : Optional.empty();
        }
    }

    private static Article article(ResultSet row) throws SQLException {
        ArticleMeta meta = new ArticleMeta(row.getString("title"), row.getString("source"), row.getString("date"),
                row.getString("dateline"), row.getString("agency"), row.getString("url"), row.getString("license"),
                row.getString("file_name"));
        return new Article(row.getLong("id"), row.getString("uid"), meta, row.getString("body"),
                row.getString("content_hash"), Rows.instant(row.getString("imported_at")), row.getString("note"));
    }
}
