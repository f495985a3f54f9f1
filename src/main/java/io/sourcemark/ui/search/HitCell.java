package io.sourcemark.ui.search;

import io.sourcemark.model.LibraryHit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** One hit of the library: its article and what matched, then the snippet with the matched words in bold. */
final class HitCell extends ListCell<LibraryHit> {

    private final Label heading = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, heading, snippet);

    HitCell(ListView<LibraryHit> owner) {
        heading.getStyleClass().add("sm-hit-heading");
        snippet.getStyleClass().add("sm-hit-snippet");
        box.getStyleClass().add("sm-hit");
        // as wide as the list, not as the longest title: the heading is cut with "…" and the snippet wraps. Bound
        // to the list's width, not the cell's, which is known only after the cell's height was asked for: the
        // snippet measured on one line and drawn on two ran over the next hit
        setPrefWidth(0);
        box.setMinWidth(0);
        heading.setMinWidth(0);
        heading.prefWidthProperty().bind(owner.widthProperty().subtract(40));
        heading.maxWidthProperty().bind(heading.prefWidthProperty());
        snippet.prefWidthProperty().bind(heading.prefWidthProperty());
        snippet.maxWidthProperty().bind(heading.prefWidthProperty());
    }

    @Override
    protected void updateItem(LibraryHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        String article = hit.articleId() == 0 ? "(in no article)" : hit.articleTitle();
        heading.setText(hit.what() + "  ·  " + article);
        snippet.getChildren().setAll(pieces(hit.snippet().replace('\n', ' ')));
        setText(null);
        setGraphic(box);
    }

    private static java.util.List<Text> pieces(String marked) {
        java.util.List<Text> pieces = new java.util.ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(LibraryHit.MATCH_START, at);
            if (start < 0) {
                pieces.add(text(marked.substring(at), false));
                break;
            }
            int end = marked.indexOf(LibraryHit.MATCH_END, start);
            if (end < 0) {
                end = marked.length();
            }
            pieces.add(text(marked.substring(at, start), false));
            pieces.add(text(marked.substring(start + 1, end), true));
            at = end + 1;
        }
        return pieces;
    }

    private static Text text(String words, boolean matched) {
        Text text = new Text(words);
        text.getStyleClass().add(matched ? "sm-hit-match" : "sm-hit-text");
        return text;
    }
}
