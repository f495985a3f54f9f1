package io.sourcemark.store;

import io.sourcemark.model.ArticleProvenance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Where each article came from, with its original bytes (the {@code article_original} table). */
public final class ProvenanceRepository {

    private final Session session;

    ProvenanceRepository(Session session) {
        this.session = session;
    }

    /** Keeps the provenance and the original bytes of an article just imported; an article has one at most. */
    public void insert(long articleId, ArticleProvenance provenance, byte[] original) {
        session.write("keep where the article came from", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article_original (article_id, "
                    + "media_type, url, fetched_at, came_from, format, encoding, author, content_sha256, content) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, articleId);
                insert.setString(2, provenance.mediaType());
                insert.setString(3, provenance.url());
                insert.setString(4, provenance.fetchedAt() == null ? null : Rows.text(provenance.fetchedAt()));
                insert.setString(5, provenance.cameFrom());
                insert.setString(6, provenance.format());
                insert.setString(7, provenance.encoding());
                insert.setString(8, provenance.author());
                insert.setString(9, provenance.sha256());
                insert.setBytes(10, original);
                insert.executeUpdate();
                return null;
            }
        });
    }

    /** The article's provenance, without its bytes; empty for an article imported before it was kept. */
    public Optional<ArticleProvenance> find(long articleId) {
        return session.read("read where the article came from", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT came_from, format, media_type, "
                    + "encoding, url, fetched_at, author, content_sha256, length(content) AS size "
                    + "FROM article_original WHERE article_id = ?")) {
                query.setLong(1, articleId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(provenance(row)) : Optional.empty();
                }
            }
        });
    }

    /** The bytes the article was imported from, as they were read or fetched. */
    public Optional<byte[]> original(long articleId) {
        return session.read("read the original of an article", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT content FROM article_original WHERE article_id = ?")) {
                query.setLong(1, articleId);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    private static ArticleProvenance provenance(ResultSet row) throws SQLException {
        String fetchedAt = row.getString("fetched_at");
        return new ArticleProvenance(row.getString("came_from"), row.getString("format"), row.getString("media_type"),
                row.getString("encoding"), row.getString("url"), fetchedAt == null ? null : Rows.instant(fetchedAt),
                row.getString("author"), row.getString("content_sha256"), row.getLong("size"));
    }
}
