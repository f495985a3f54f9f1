package io.sourcemark.service;

import io.sourcemark.importer.ImportedArticle;
import io.sourcemark.importer.Provenance;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleProvenance;
import io.sourcemark.store.Repositories;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Stores one imported article with where it came from, unless its text is already in the project; one transaction,
 * so the check and the insert agree.
 */
final class ArticleArrival {

    private ArticleArrival() {
    }

    /** @param input the file as given, the address asked for, or "the clipboard", for the report and provenance */
    static Stored store(Repositories tx, ImportedArticle article, String input) {
        String hash = article.contentHash();
        Optional<Article> existing = tx.articles().findByHash(hash);
        if (existing.isPresent()) {
            return new Stored(new ImportedFile(input, existing.get().id(), existing.get().meta().title()), true);
        }
        Article added = tx.articles().insert(article.meta(), article.body(), hash);
        Provenance from = article.provenance();
        tx.provenance().insert(added.id(), new ArticleProvenance(input, from.format(), from.mediaType(),
                from.encoding(), from.url() == null ? null : from.url().toString(), from.fetchedAt(), from.author(),
                sha256(from.original()), from.original().length), from.original());
        return new Stored(new ImportedFile(input, added.id(), added.meta().title()), false);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256.
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    record Stored(ImportedFile file, boolean duplicate) {
    }
}
