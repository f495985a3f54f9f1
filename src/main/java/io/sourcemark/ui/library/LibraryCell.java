package io.sourcemark.ui.library;

import io.sourcemark.model.ArticleSummary;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.StringJoiner;

/**
 * One article of the library: its title on at most two lines (the whole title in the tooltip), then its date and how
 * many statements it has, then its source, each on a line of its own, always visible.
 */
final class LibraryCell extends ListCell<ArticleSummary> {

    private final Label title = new LinesLabel(2);
    private final Label details = new LinesLabel(1);
    private final Label source = new LinesLabel(1);
    private final VBox box = new VBox(1, title, details, source);
    private final Tooltip whole = new Tooltip();

    LibraryCell(ListView<ArticleSummary> owner) {
        title.getStyleClass().add("sm-library-title");
        details.getStyleClass().add("sm-library-details");
        source.getStyleClass().add("sm-library-details");
        box.setMinWidth(0);
        // A cell as wide as the list, not as its longest title, so that titles wrap instead of scrolling.
        setPrefWidth(0);
        title.prefWidthProperty().bind(owner.widthProperty().subtract(40));
        details.prefWidthProperty().bind(title.prefWidthProperty());
        source.prefWidthProperty().bind(title.prefWidthProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(420);
    }

    @Override
    protected void updateItem(ArticleSummary item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        title.setText(item.title());
        // the progress on a line of its own, never cut; the date and the outlet under it, which may be
        details.setText(item.statementCount() == 0 ? "no statements" : item.checkedCount() + " of "
                + item.statementCount() + " checked");
        details.getStyleClass().remove("sm-progress-done");
        if (item.statementCount() > 0 && item.checkedCount() == item.statementCount()) {
            details.getStyleClass().add("sm-progress-done");
        }
        StringJoiner line = new StringJoiner("  ·  ");
        if (item.date() != null) {
            line.add(item.date());
        }
        if (item.source() != null) {
            line.add(item.source());
        }
        source.setText(line.toString());
        source.setVisible(line.length() > 0);
        source.setManaged(line.length() > 0);
        whole.setText(line.length() > 0 ? item.title() + "\n" + line : item.title());
        setTooltip(whole);
        setGraphic(box);
    }
}
