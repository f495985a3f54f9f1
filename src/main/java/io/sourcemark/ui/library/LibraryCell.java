package io.sourcemark.ui.library;

import io.sourcemark.model.ArticleSummary;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.StringJoiner;

/**
 * One article of the library: its title on at most two lines (the whole title in the tooltip), then source, date and
 * how many statements it has, always visible.
 */
final class LibraryCell extends ListCell<ArticleSummary> {

    private final Label title = new Label();
    private final Label details = new Label();
    private final VBox box = new VBox(2, title, details);
    private final Tooltip whole = new Tooltip();

    LibraryCell(ListView<ArticleSummary> owner) {
        title.getStyleClass().add("sm-library-title");
        title.setWrapText(true);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        details.getStyleClass().add("sm-library-details");
        details.setTextOverrun(OverrunStyle.ELLIPSIS);
        box.setMinWidth(0);
        // A cell as wide as the list, not as its longest title, so that titles wrap instead of scrolling.
        setPrefWidth(0);
        title.prefWidthProperty().bind(owner.widthProperty().subtract(40));
        details.prefWidthProperty().bind(title.prefWidthProperty());
        // two lines of title, whatever the font: the height follows the font size the theme gives the label
        title.maxHeightProperty().bind(title.fontProperty().map(f -> f.getSize() * 2.7));
        title.setMinHeight(Region.USE_PREF_SIZE);
        details.setMinHeight(Region.USE_PREF_SIZE);
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
        whole.setText(item.title());
        setTooltip(whole);
        StringJoiner line = new StringJoiner("  ·  ");
        if (item.source() != null) {
            line.add(item.source());
        }
        if (item.date() != null) {
            line.add(item.date());
        }
        line.add(item.statementCount() + (item.statementCount() == 1 ? " statement" : " statements"));
        details.setText(line.toString());
        setGraphic(box);
    }
}
