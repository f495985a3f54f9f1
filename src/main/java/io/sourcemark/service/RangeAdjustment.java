package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;

import java.util.ArrayList;
import java.util.List;

/**
 * A highlight moved to a new range of its article: the pieces of an interrupted quote follow its outer edges, the
 * quoted words of a mixed quote that fall outside are let go, and the exact text, prefix and suffix are read again.
 */
final class RangeAdjustment {

    private RangeAdjustment() {
    }

    /** The word step of one edge, from the range as stored now. */
    static TextRange byWord(String body, TextRange range, SpanEdge edge, boolean forward) {
        TextRange moved = switch (edge) {
            case END -> new TextRange(range.start(), forward ? WordSteps.nextWordEnd(body, range.end())
                    : Math.max(range.start(), WordSteps.previousWordEnd(body, range.end())));
            case START -> new TextRange(forward ? Math.min(range.end(), WordSteps.nextWordStart(body, range.start()))
                    : WordSteps.previousWordStart(body, range.start()), range.end());
        };
        if (moved.isEmpty() || forward != (edge == SpanEdge.END) && moved.equals(range)) {
            throw new IllegalArgumentException("A highlight keeps at least one word: this is its last.");
        }
        if (moved.equals(range)) {
            throw new IllegalArgumentException("The highlight already reaches the " + (forward ? "end" : "start")
                    + " of the text.");
        }
        return moved;
    }

    static Annotation apply(Annotation before, TextRange requested, String body) {
        TextRange range = AnnotationService.trim(body, requested);
        return before.withRange(range, pieces(before, range), body);
    }

    private static List<TextRange> pieces(Annotation before, TextRange range) {
        List<TextRange> pieces = new ArrayList<>();
        List<TextRange> old = before.pieces();
        for (int i = 0; i < old.size(); i++) {
            TextRange piece = old.get(i);
            boolean interrupted = before.kind() == Kind.DIRECT_QUOTE;
            int start = interrupted && i == 0 ? range.start() : piece.start();
            int end = interrupted && i == old.size() - 1 ? range.end() : piece.end();
            start = Math.max(start, range.start());
            end = Math.min(end, range.end());
            if (start < end) {
                pieces.add(new TextRange(start, end));
            }
        }
        // one piece left is no longer an interrupted quote: the range says it all
        return before.kind() == Kind.DIRECT_QUOTE && pieces.size() < 2 ? List.of() : pieces;
    }
}
