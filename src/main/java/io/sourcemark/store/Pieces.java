package io.sourcemark.store;

import io.sourcemark.model.TextRange;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The pieces of an annotation as the column stores them: "12-40,55-80", NULL for none. */
final class Pieces {

    private Pieces() {
    }

    static String text(List<TextRange> pieces) {
        if (pieces.isEmpty()) {
            return null;
        }
        StringJoiner text = new StringJoiner(",");
        for (TextRange piece : pieces) {
            text.add(piece.start() + "-" + piece.end());
        }
        return text.toString();
    }

    static List<TextRange> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<TextRange> pieces = new ArrayList<>();
        for (String piece : text.split(",")) {
            int dash = piece.indexOf('-');
            pieces.add(new TextRange(Integer.parseInt(piece.substring(0, dash)),
                    Integer.parseInt(piece.substring(dash + 1))));
        }
        return pieces;
    }
}
