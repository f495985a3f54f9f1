package io.sourcemark.ui.details;

import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleProvenance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An article's provenance in the analyst's words: one line under the article, and the rows of its details. */
final class ProvenanceText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** A label and its value, as the details show them. */
    record Row(String label, String value) {
    }

    private ProvenanceText() {
    }

    /** "Web page fetched from https://… on 2 Dec 2026, 14:05 UTC · 48.2 kB · SHA-256 3fa2c1d4e5f6…". */
    static String line(ArticleProvenance p) {
        String format = capitalised(p.format()) + (p.encoding() == null ? "" : " (" + p.encoding() + ")");
        String from = p.fetchedAt() != null ? " fetched from " + p.url() + " on " + WHEN.format(p.fetchedAt())
                : " from " + shortName(p.cameFrom());
        return format + from + " · " + size(p.size()) + " · SHA-256 " + p.sha256().substring(0, 12) + "…";
    }

    /** For an article imported before its provenance was kept. */
    static String unknown(Article article) {
        return "Imported " + when(article.importedAt()) + (article.meta().fileName() == null ? ""
                : " from " + article.meta().fileName()) + "; its original was not kept.";
    }

    static List<Row> rows(Article article, ArticleProvenance p) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Came from", p.cameFrom()));
        rows.add(new Row("Read as", capitalised(p.format())));
        rows.add(new Row("Media type", p.mediaType()));
        if (p.encoding() != null) {
            rows.add(new Row("Encoding", p.encoding()));
        }
        if (p.url() != null) {
            rows.add(new Row("Fetched from", p.url()));
        }
        if (p.fetchedAt() != null) {
            rows.add(new Row("Fetched", when(p.fetchedAt())));
        }
        if (p.author() != null) {
            rows.add(new Row("Author", p.author()));
        }
        rows.add(new Row("Imported", when(article.importedAt())));
        rows.add(new Row("Original", size(p.size()) + (p.size() < 1000 ? ""
                : " (" + String.format(Locale.ROOT, "%,d", p.size()) + " bytes)")));
        rows.add(new Row("SHA-256 of the original", p.sha256()));
        rows.add(new Row("SHA-256 of the text", article.contentHash()));
        return rows;
    }

    /** A file by its name (its folder is in the details); an address or the clipboard as it is. */
    private static String shortName(String cameFrom) {
        if (cameFrom == null || cameFrom.contains("://") || !cameFrom.contains("/") && !cameFrom.contains("\\")) {
            return cameFrom;
        }
        return cameFrom.substring(Math.max(cameFrom.lastIndexOf('/'), cameFrom.lastIndexOf('\\')) + 1);
    }

    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "Unknown format" : Character.toUpperCase(text.charAt(0))
                + text.substring(1);
    }
}
