package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;
import io.sourcemark.service.ArticleDetails;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.CheckingServices;
import io.sourcemark.service.EvidenceDraft;

import java.util.List;
import java.util.function.Consumer;

/**
 * The analyst's checking of statements and keeping of articles: verdicts, review status, rationale, evidence, notes,
 * an article's details, deleting an article. Each runs as one action off the FX thread through {@link Edits}, which
 * then shows the article as it now is; the reviewer's name comes from the preferences.
 */
public final class Checking {

    private final Tasks tasks;
    private final CheckingServices services;
    private final ArticleService articles;
    private final Edits edits;
    private final Selection selection;
    private final OpenArticle open;
    private final LibraryRows library;
    private final Navigator navigator;
    private final StatusLine status;
    private final AnalystPreferences preferences;

    public Checking(Tasks tasks, CheckingServices services, ArticleService articles, Edits edits, Selection selection,
                    OpenArticle open, LibraryRows library, Navigator navigator, StatusLine status,
                    AnalystPreferences preferences) {
        this.tasks = tasks;
        this.services = services;
        this.articles = articles;
        this.edits = edits;
        this.selection = selection;
        this.open = open;
        this.library = library;
        this.navigator = navigator;
        this.status = status;
        this.preferences = preferences;
    }

    /** Gives the selected statement a verdict (V then 1–7, or the inspector's buttons). */
    public void setVerdict(Verdict verdict) {
        onStatement(s -> edits.change(s.articleId(), "Verdict: " + Names.of(verdict),
                () -> services.verification().setVerdict(s.id(), verdict, preferences.reviewer()).id(), () -> { }));
    }

    public void setStatus(ReviewStatus reviewStatus) {
        onStatement(s -> edits.change(s.articleId(), "Review status: " + Names.of(reviewStatus),
                () -> services.verification().setStatus(s.id(), reviewStatus, preferences.reviewer()).id(),
                () -> { }));
    }

    /** Saves the rationale of {@code statement}, which may no longer be the selected highlight. */
    public void setRationale(Annotation statement, String rationale) {
        edits.saveText(statement.articleId(), "Rationale saved",
                () -> services.verification().setRationale(statement.id(), rationale, preferences.reviewer()));
    }

    /** Saves the note of {@code target}, which may no longer be the selected highlight. */
    public void setNote(Annotation target, String note) {
        edits.saveText(target.articleId(), "Note saved", () -> services.notes().setNote(target.id(), note));
    }

    public void setArticleNote(long articleId, String note) {
        edits.saveText(articleId, "Article note saved", () -> services.notes().setArticleNote(articleId, note));
    }

    /** Reads the statement's evidence, in the analyst's order. */
    public void evidenceOf(long statementId, Consumer<List<Evidence>> then) {
        tasks.query(() -> services.evidence().forStatement(statementId), then, status::failed);
    }

    public void addEvidence(Annotation statement, EvidenceDraft draft, Runnable then) {
        edits.change(statement.articleId(), "Evidence added", () -> {
            services.evidence().add(statement.id(), draft);
            return statement.id();
        }, then);
    }

    public void editEvidence(Annotation statement, Evidence evidence, EvidenceDraft draft, Runnable then) {
        edits.change(statement.articleId(), "Evidence changed", () -> {
            services.evidence().update(evidence, draft);
            return statement.id();
        }, then);
    }

    public void deleteEvidence(Annotation statement, Evidence evidence, Runnable then) {
        edits.change(statement.articleId(), "Evidence deleted", () -> {
            services.evidence().delete(evidence);
            return statement.id();
        }, then);
    }

    /** Moves evidence {@code step} places (negative: up). */
    public void moveEvidence(Annotation statement, Evidence evidence, int step, Runnable then) {
        edits.change(statement.articleId(), step < 0 ? "Evidence moved up" : "Evidence moved down", () -> {
            services.evidence().move(evidence, step);
            return statement.id();
        }, then);
    }

    /** Changes the open article's title, source, date, address and licence. */
    public void editDetails(ArticleDetails details) {
        long articleId = selection.articleId();
        if (articleId == 0) {
            status.report("Open an article first.");
            return;
        }
        long keep = selectedId();
        edits.change(articleId, "Article details changed", () -> {
            services.articles().editDetails(articleId, details);
            return keep;
        }, () -> { });
    }

    /** Deletes the open article (undo brings it back), then opens the one after it in the library. */
    public void deleteOpenArticle(List<ArticleSummary> shownRows) {
        long articleId = selection.articleId();
        if (articleId == 0) {
            status.report("Open an article first.");
            return;
        }
        long next = nextRow(shownRows, articleId);
        tasks.action(() -> {
            services.articles().delete(articleId);
            return articles.count();
        }, left -> {
            library.reload();
            edits.refreshHistory();
            if (next != 0) {
                navigator.open(next);
            } else {
                navigator.showNone();
            }
            status.saved("Article deleted · Edit ▸ Undo brings it back");
        }, status::failed);
    }

    private static long nextRow(List<ArticleSummary> rows, long articleId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == articleId) {
                return i + 1 < rows.size() ? rows.get(i + 1).id() : i > 0 ? rows.get(i - 1).id() : 0;
            }
        }
        return rows.isEmpty() || rows.get(0).id() == articleId ? 0 : rows.get(0).id();
    }

    private long selectedId() {
        Annotation selected = selection.annotation();
        return selected == null ? 0 : selected.id();
    }

    private void onStatement(Consumer<Annotation> action) {
        Annotation selected = selection.annotation();
        if (selected == null || !selected.kind().isStatement()) {
            status.report(selected == null ? "Select a quote or a claim first, then give it a verdict."
                    : "Only quotes and claims get a verdict; this highlight is a " + Names.of(selected.kind()) + ".");
            return;
        }
        action.accept(selected);
    }

    public AnalystPreferences preferences() {
        return preferences;
    }

    public Selection selection() {
        return selection;
    }

    public OpenArticle open() {
        return open;
    }
}
