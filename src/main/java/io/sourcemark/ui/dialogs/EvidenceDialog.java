package io.sourcemark.ui.dialogs;

import io.sourcemark.model.Evidence;
import io.sourcemark.model.Stance;
import io.sourcemark.service.EvidenceDraft;
import io.sourcemark.service.WebAddresses;
import io.sourcemark.service.WebLinks;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.TabLeavesText;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.Optional;

/** Asks for a piece of evidence: its web address (checked as it is typed), title, stance, date accessed and note. */
public final class EvidenceDialog {

    private EvidenceDialog() {
    }

    /** The evidence as the analyst wrote it; empty when cancelled. {@code existing} null: new evidence. */
    public static Optional<EvidenceDraft> ask(Window owner, Evidence existing) {
        Dialog<EvidenceDraft> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(existing == null ? "Add evidence" : "Edit evidence");
        dialog.setHeaderText(existing == null ? "A source you checked for this statement"
                : "Change the evidence");
        TextField url = Form.field("evidenceUrl", existing == null ? "" : existing.url(),
                "https://example.org/report");
        TextField title = Form.field("evidenceTitle", existing == null ? null : existing.title(),
                "What the source is (optional)");
        ChoiceBox<Stance> stance = new ChoiceBox<>();
        stance.setId("evidenceStance");
        stance.getItems().setAll(Stance.values());
        stance.setValue(existing == null ? Stance.SUPPORTS : existing.stance());
        stance.setConverter(new StringConverter<>() {
            @Override
            public String toString(Stance s) {
                return s == null ? "" : Names.of(s);
            }

            @Override
            public Stance fromString(String text) {
                return null;
            }
        });
        DatePicker accessed = new DatePicker(existing == null ? LocalDate.now() : existing.accessed());
        accessed.setId("evidenceAccessed");
        TypedDate.use(accessed);
        accessed.setPromptText("2024-05-31 (blank: today)");
        TextArea note = TabLeavesText.install(new TextArea(existing == null || existing.note() == null ? ""
                : existing.note()));
        note.setId("evidenceNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Form form = new Form(dialog, "evidenceProblem");
        form.row("Web address", url).row("Title", title).row("Stance", stance).row("Accessed", accessed)
                .row("Note", note);
        // typed as in a browser's address bar, "nytimes.com/2019/…" means https://, as the web import reads it
        form.check(() -> url.getText().isBlank() ? "Evidence needs a web address, such as https://example.org/report."
                : WebLinks.web(WebAddresses.completed(url.getText())).isEmpty()
                ? "Only web addresses (http:// or https://) can be evidence." : dateProblem(accessed),
                url.textProperty(), accessed.getEditor().textProperty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? new EvidenceDraft(
                WebAddresses.completed(url.getText()),
                title.getText(), note.getText(), stance.getValue(), TypedDate.of(accessed).orElse(null)) : null);
        form.focusFirst(url);
        return dialog.showAndWait();
    }

    /** What is wrong with the date accessed as typed, or null. */
    private static String dateProblem(DatePicker accessed) {
        if (!TypedDate.readable(accessed)) {
            return "Write the date accessed as year-month-day, a day of the calendar: 2024-05-31.";
        }
        Optional<LocalDate> typed = TypedDate.of(accessed);
        if (typed.isPresent() && typed.get().isAfter(LocalDate.now())) {
            return "The date accessed cannot be after today.";
        }
        return null;
    }
}
