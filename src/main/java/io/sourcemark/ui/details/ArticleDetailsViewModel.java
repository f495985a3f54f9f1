package io.sourcemark.ui.details;

import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleProvenance;
import io.sourcemark.service.ArticleService;
import io.sourcemark.ui.Selection;
import io.sourcemark.ui.StatusLine;
import io.sourcemark.ui.Tasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the open article came from: read when another article opens, shown under it and in its details. */
public final class ArticleDetailsViewModel {

    private final Tasks tasks;
    private final ArticleService articles;
    private final Selection selection;
    private final StatusLine status;

    // Properties
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasOriginal = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> rows = FXCollections.observableArrayList();

    public ArticleDetailsViewModel(Tasks tasks, ArticleService articles, Selection selection, StatusLine status) {
        this.tasks = tasks;
        this.articles = articles;
        this.selection = selection;
        this.status = status;
        selection.articleProperty().addListener((obs, old, now) -> read(now));
    }

    // Commands

    private void read(Article article) {
        if (article == null) {
            line.set("");
            rows.clear();
            hasOriginal.set(false);
            return;
        }
        tasks.query(() -> articles.provenance(article.id()), found -> {
            if (selection.articleId() != article.id()) {
                return; // another article opened meanwhile
            }
            hasOriginal.set(found.isPresent());
            line.set(found.map(ProvenanceText::line).orElse(ProvenanceText.unknown(article)));
            rows.setAll(found.map(p -> rowsOf(article, p)).orElse(List.of("Imported\t"
                    + ProvenanceText.when(article.importedAt()))));
        }, status::failed);
    }

    private static List<String> rowsOf(Article article, ArticleProvenance provenance) {
        return ProvenanceText.rows(article, provenance).stream().map(r -> r.label() + "\t" + r.value()).toList();
    }

    /** Writes the bytes the open article was imported from to {@code file}, as they were read or fetched. */
    public void saveOriginal(Path file) {
        long id = selection.articleId();
        tasks.action(() -> {
            byte[] original = articles.original(id).orElseThrow(() -> new IllegalArgumentException(
                    "This article's original was not kept."));
            Files.write(file, original);
            return file;
        }, saved -> status.announce("Saved the original as " + saved), e -> status.report(
                "The original was not saved: " + e.getMessage()));
    }

    /** A file name for the original: the one it came with, or the article's title. */
    public String suggestedFileName() {
        Article article = selection.article();
        if (article == null) {
            return "original";
        }
        String name = article.meta().fileName();
        return name != null && !name.isBlank() ? Path.of(name.replace('/', '_')).getFileName().toString()
                : article.meta().title().replaceAll("[^\\p{L}\\p{N} _-]", "").strip() + ".original";
    }

    // Properties

    /** One line: format, where from, size and hash. */
    public ReadOnlyStringProperty lineProperty() {
        return line.getReadOnlyProperty();
    }

    /** The details as "label\tvalue" rows. */
    public ObservableList<String> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty hasOriginalProperty() {
        return hasOriginal.getReadOnlyProperty();
    }
}
