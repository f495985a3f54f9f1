package io.sourcemark.ui.speakers;

import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerOverview;
import io.sourcemark.ui.SpeakerWords;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;


/** A speaker in two lines: the name and their statements counted; kind, role, affiliation and aliases. */
final class SpeakerCell extends ListCell<SpeakerOverview> {

    private final Label name = new Label();
    private final Label count = new Label();
    private final Label about = new Label();
    private final VBox box;

    SpeakerCell() {
        name.getStyleClass().add("sm-speaker-name");
        count.getStyleClass().add("sm-caption");
        count.setMinWidth(Region.USE_PREF_SIZE); // the name gives way, the count stays whole
        name.setMinWidth(0);
        about.getStyleClass().add("sm-caption");
        about.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box = new VBox(2, new HBox(6, name, gap, count), about);
        box.setMinWidth(0);
        box.setPrefWidth(1);
        getStyleClass().add("sm-speaker-cell");
    }

    @Override
    protected void updateItem(SpeakerOverview item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Speaker s = item.speaker();
        name.setText(s.name());
        count.setText(item.statements() == 1 ? "1 statement" : item.statements() + " statements");
        about.setText(SpeakerWords.describe(s));
        setGraphic(box);
    }

}
