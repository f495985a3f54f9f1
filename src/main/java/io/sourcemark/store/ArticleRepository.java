package io.sourcemark.store;

import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.ArticleSummary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The imported articles of a project. */
public final class ArticleRepository {

    private static final String COLUMNS =
            "id, title, source, date, dateline, agency, url, license, file_name, body, content_hash, imported_at";

    private final Database database;

    ArticleRepository(Database database) {
        this.database = database;
    }

    /** Stores a new article; returns it with its id and import time. A body already stored (same hash) fails. */
    public Article insert(ArticleMeta meta, String body, String contentHash) {
        return database.transaction("save the article \"" + meta.title() + "\"", connection -> {
            Instant importedAt = database.now();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article (title, source, date, "
                    + "dateline, agency, url, license, file_name, body, content_hash, imported_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                insert.setString(1, meta.title());
                insert.setString(2, meta.source());
                insert.setString(3, meta.date());
                insert.setString(4, meta.dateline());
                insert.setString(5, meta.agency());
                insert.setString(6, meta.url());
                insert.setString(7, meta.license());
                insert.setString(8, meta.fileName());
                insert.setString(9, body);
                insert.setString(10, contentHash);
                insert.setString(11, Rows.text(importedAt));
                return new Article(Rows.returnedId(insert), meta, body, contentHash, importedAt);
            }
        });
    }

    public Optional<Article> findByHash(String contentHash) {
        return database.read("look up an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM article WHERE content_hash = ?")) {
                query.setString(1, contentHash);
                return first(query);
            }
        });
    }

    public Optional<Article> find(long id) {
        return database.read("read an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM article WHERE id = ?")) {
                query.setLong(1, id);
                return first(query);
            }
        });
    }

    /** Every article without its body, ordered by title; the count is of quotes and claims not rejected. */
    public List<ArticleSummary> list() {
        return database.read("list the articles", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT a.id, a.title, a.source, a.date, "
                    + "(SELECT count(*) FROM annotation s WHERE s.article_id = a.id "
                    + "AND s.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') AND s.origin <> 'REJECTED') "
                    + "AS statements FROM article a ORDER BY a.title COLLATE NOCASE, a.id");
                 ResultSet rows = query.executeQuery()) {
                List<ArticleSummary> summaries = new ArrayList<>();
                while (rows.next()) {
                    summaries.add(new ArticleSummary(rows.getLong("id"), rows.getString("title"),
                            rows.getString("source"), rows.getString("date"), rows.getInt("statements")));
                }
                return summaries;
            }
        });
    }

    /** Deletes the article with its annotations, their evidence, links and tag assignments. */
    public void delete(long id) {
        database.transaction("delete an article", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM article WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate();
            }
        });
    }

    public int count() {
        return database.read("count the articles", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM article");
                 ResultSet rows = query.executeQuery()) {
                return rows.getInt(1);
            }
        });
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
        return new Article(row.getLong("id"), meta, row.getString("body"), row.getString("content_hash"),
                Rows.instant(row.getString("imported_at")));
    }
}
