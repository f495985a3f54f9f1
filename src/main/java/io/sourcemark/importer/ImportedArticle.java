package io.sourcemark.importer;

import io.sourcemark.model.ArticleMeta;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What an importer makes of one source: the article's metadata, its normalised body (see {@link TextNormalizer}) and
 * where it came from. It is whole or not made at all: an importer that cannot read all of a source refuses it.
 */
public record ImportedArticle(ArticleMeta meta, String body, Provenance provenance) {

    public ImportedArticle {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * SHA-256 of the normalised body in lower-case hex: the same body imported twice is one article, whatever format
     * it came in.
     */
    public String contentHash() {
        return contentHashOf(body);
    }

    /** SHA-256 of {@code body} (its UTF-8 bytes) in lower-case hex. */
    public static String contentHashOf(String body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
