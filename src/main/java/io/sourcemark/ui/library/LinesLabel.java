package io.sourcemark.ui.library;

import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;

/**
 * A wrapping label of at most {@code lines} lines, cut with an ellipsis: a list cell sizes itself to it, so a long
 * title cannot push the lines after it out of the row.
 */
final class LinesLabel extends Label {

    private final int lines;

    LinesLabel(int lines) {
        this.lines = lines;
        setWrapText(true);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        setMinHeight(USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        double lineHeight = Math.ceil(getFont().getSize() * 1.35);
        return Math.min(super.computePrefHeight(width), lines * lineHeight + snappedTopInset()
                + snappedBottomInset());
    }
}
