package io.sourcemark.ui;

import javafx.scene.control.ListCell;

import java.util.function.Function;

/** A list or combo box cell showing its item in the analyst's words. */
public final class TextCell<T> extends ListCell<T> {

    private final Function<T, String> words;

    public TextCell(Function<T, String> words) {
        this.words = words;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : words.apply(item));
    }
}
