package io.sourcemark.service;

import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** Changes to the articles themselves: their details, and deleting one. Each is one change that undo reverses. */
public final class ArticleEditService {

    private final Project project;

    public ArticleEditService(Project project) {
        this.project = project;
    }

    /**
     * Replaces the article's title, source, date, address and licence; the dateline, agency and file name stay.
     *
     * @throws IllegalArgumentException with what to write instead, when the title is blank, the address is not a web
     *                                  address, or a changed date is not a year-month-day date
     */
    public Article editDetails(long articleId, ArticleDetails details) {
        return project.change("Edit article details", tx -> {
            Article before = existing(tx.articles().find(articleId).orElse(null));
            ArticleMeta was = before.meta();
            String title = Text.orNull(details.title());
            if (title == null) {
                throw new IllegalArgumentException("An article needs a title.");
            }
            String url = Text.orNull(details.url());
            if (url != null && !url.equals(was.url())) {
                url = WebLinks.required(url, "The article's address");
            }
            String date = Text.orNull(details.date());
            if (date != null && !date.equals(was.date())) {
                requireIsoDate(date);
            }
            ArticleMeta meta = new ArticleMeta(title, Text.orNull(details.source()), date, was.dateline(),
                    was.agency(), url, Text.orNull(details.license()), was.fileName());
            tx.focus(articleId, 0);
            if (!Objects.equals(meta, was)) {
                tx.articles().updateMeta(articleId, meta);
            }
            return new Article(before.id(), before.uid(), meta, before.body(), before.contentHash(),
                    before.importedAt(), before.note());
        });
    }

    /** Deletes the article with its highlights, evidence, links and notes; undo brings all of it back. */
    public void delete(long articleId) {
        project.change("Delete article", tx -> {
            Article before = existing(tx.articles().find(articleId).orElse(null));
            tx.label("Delete article “" + Text.abbreviated(before.meta().title()) + "”");
            tx.articles().delete(articleId);
            // undo brings the article back and opens it; redo finds it gone again and shows the library
            tx.focus(articleId, 0);
            return null;
        });
    }

    private static Article existing(Article found) {
        if (found == null) {
            throw new IllegalArgumentException("The article no longer exists in this project.");
        }
        return found;
    }

    private static void requireIsoDate(String date) {
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Write the date as year-month-day, such as 2023-09-05; “"
                    + Text.abbreviated(date) + "” is not one.");
        }
    }
}
