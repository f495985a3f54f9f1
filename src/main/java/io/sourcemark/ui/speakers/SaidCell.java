package io.sourcemark.ui.speakers;

import io.sourcemark.model.ArticleStatements;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.model.Verdict;
import io.sourcemark.ui.SpeakerWords;
import javafx.scene.control.TreeCell;

/** A row of who said what: an article (its title and how many statements), or a statement with its verdict. */
final class SaidCell extends TreeCell<Object> {

    private static final String ARTICLE = "sm-said-article";

    SaidCell() {
        // long titles and quotes wrap in the narrow column instead of scrolling it sideways
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove(ARTICLE);
        if (empty || item == null) {
            setText(null);
        } else if (item instanceof ArticleStatements group) {
            setText(group.title() + "  (" + group.statements().size() + ")");
            getStyleClass().add(ARTICLE);
        } else if (item instanceof StatementInArticle statement) {
            Verdict verdict = statement.verdict() == null ? Verdict.NOT_CHECKED : statement.verdict();
            setText(SpeakerWords.of(verdict) + " · " + SpeakerWords.quoted(statement));
        }
    }
}
