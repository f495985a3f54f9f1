package io.sourcemark.ui.statements;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Verdict;
import io.sourcemark.ui.Icons;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.VerdictLook;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * One row of the statements list: the words, then what they are, who says them and where they come from. Only a
 * direct quote is shown inside quotation marks: reported speech and claims are not anyone's words.
 */
final class StatementCell extends ListCell<Annotation> {

    private final Label text = new Label();
    private final Label details = new Label();
    private final VBox lines = new VBox(2, text, details);
    private final HBox box = new HBox(8);
    private final StatementsViewModel model;

    StatementCell(ListView<Annotation> owner, StatementsViewModel model) {
        this.model = model;
        text.setWrapText(true);
        text.getStyleClass().add("sm-statement-text");
        details.getStyleClass().add("sm-statement-details");
        lines.setMinWidth(0);
        HBox.setHgrow(lines, Priority.ALWAYS);
        setPrefWidth(0);
        // A wrapping label needs a width to compute its height from: the cell's, less the icon and padding.
        text.prefWidthProperty().bind(owner.widthProperty().subtract(64));
        details.setWrapText(true);
        details.prefWidthProperty().bind(text.prefWidthProperty());
        details.setMinHeight(Region.USE_PREF_SIZE);
        text.setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(Annotation item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeIf(c -> c.startsWith("sm-origin-"));
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        text.setText(shownText(item));
        String said = item.kind() == Kind.SPEAKER ? "" : model.speakerName(item).map(n -> "  ·  " + n).orElse("");
        Verdict verdict = item.verification() == null ? null : item.verification().verdict();
        String checked = verdict == null || verdict == Verdict.NOT_CHECKED ? "" : "  ·  " + Names.of(verdict);
        String category = item.category() == null ? "" : "  ·  " + Names.of(item.category());
        String score = item.kind() == Kind.CLAIM && item.score() != null
                ? String.format(Locale.ROOT, ", %.2f", item.score()) : "";
        details.setText(Names.title(item) + category + score + said + "  ·  " + Names.of(item.origin()) + checked);
        getStyleClass().add("sm-origin-" + item.origin().name().toLowerCase(Locale.ROOT));
        if (verdict == null || verdict == Verdict.NOT_CHECKED) {
            box.getChildren().setAll(Icons.forKind(item.kind()), lines);
        } else {
            // the verdict's symbol beside the kind's, in the verdict's colour: it reads with or without colour
            FontIcon symbol = VerdictLook.icon(verdict);
            symbol.setId("statementVerdict");
            Tooltip.install(symbol, new Tooltip("Verdict: " + Names.of(verdict)));
            box.getChildren().setAll(new VBox(4, Icons.forKind(item.kind()), symbol), lines);
        }
        setGraphic(box);
    }

    /** A direct quote in quotation marks (its own, when the engine kept them); anything else as written. */
    static String shownText(Annotation item) {
        if (item.kind() != Kind.DIRECT_QUOTE || hasQuotationMarkAtAnEnd(item.exact())) {
            return item.exact();
        }
        return "“" + item.exact() + "”";
    }

    static boolean hasQuotationMarkAtAnEnd(String text) {
        String marks = "\"“”„«»‘’'‹›";
        return !text.isEmpty() && (marks.indexOf(text.charAt(0)) >= 0
                || marks.indexOf(text.charAt(text.length() - 1)) >= 0);
    }
}
