package io.sourcemark.ui.dialogs;

import io.sourcemark.model.ArticleMeta;
import io.sourcemark.service.ArticleDetails;
import io.sourcemark.service.WebLinks;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/** Asks for an article's title, source, date, web address and licence, each checked as it is typed. */
public final class ArticleDetailsDialog {

    private ArticleDetailsDialog() {
    }

    public static Optional<ArticleDetails> ask(Window owner, ArticleMeta meta) {
        Dialog<ArticleDetails> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Article details");
        dialog.setHeaderText("Edit the article's details");
        TextField title = Form.field("detailsTitle", meta.title(), "The headline");
        TextField source = Form.field("detailsSource", meta.source(), "The outlet or publisher");
        TextField date = Form.field("detailsDate", meta.date(), "2023-09-05");
        TextField url = Form.field("detailsUrl", meta.url(), "https://…");
        TextField license = Form.field("detailsLicense", meta.license(), "Licence and attribution");
        Form form = new Form(dialog, "detailsProblem");
        form.row("Title", title).row("Source", source).row("Date", date).row("Web address", url)
                .row("Licence", license);
        form.check(() -> {
            if (title.getText().isBlank()) {
                return "An article needs a title.";
            }
            String d = date.getText().strip();
            if (!d.isEmpty() && !d.equals(meta.date()) && !isIsoDate(d)) {
                return "Write the date as year-month-day, such as 2023-09-05.";
            }
            String u = url.getText().strip();
            if (!u.isEmpty() && !Objects.equals(u, meta.url()) && WebLinks.web(u).isEmpty()) {
                return "The web address must start with http:// or https://.";
            }
            return null;
        }, title.textProperty(), date.textProperty(), url.textProperty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? new ArticleDetails(title.getText(),
                source.getText(), date.getText(), url.getText(), license.getText()) : null);
        form.focusFirst(title);
        return dialog.showAndWait();
    }

    private static boolean isIsoDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
