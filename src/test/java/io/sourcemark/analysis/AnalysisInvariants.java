package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What must hold for any analysis of any text: ranges inside the text and non-empty, quotes apart, indexes valid. */
final class AnalysisInvariants {

    private final String text;
    private final Analysis analysis;

    AnalysisInvariants(String text, Analysis analysis) {
        this.text = text;
        this.analysis = analysis;
    }

    void assertSound() {
        assertNotNull(analysis, "analysis");
        int speakers = analysis.speakers().size();
        for (DetectedQuote q : analysis.quotes()) {
            inside("quote range", q.range());
            assertNotNull(q.kind(), "quote kind");
            q.fragments().forEach(f -> within("quote fragment", f, q.range()));
            q.quotedSpans().forEach(s -> within("quoted span", s, q.range()));
            if (q.speakerMention() != null) {
                inside("speaker mention", q.speakerMention());
                assertEquals(q.speakerMention().of(text), q.speakerText(), "speakerText of " + q.speakerMention());
            }
            if (q.cue() != null) {
                inside("cue", q.cue());
                assertEquals(q.cue().of(text), q.cueText(), "cueText of " + q.cue());
            }
            index("quote speakerIndex", q.speakerIndex(), speakers);
            if (q.speakerIndex() >= 0) {
                assertEquals(analysis.speakers().get(q.speakerIndex()).name(), q.speakerName(), "quote speakerName");
            }
            unit("quote confidence", q.confidence());
        }
        for (DetectedClaim c : analysis.claims()) {
            inside("claim range", c.range());
            index("claim speakerIndex", c.speakerIndex(), speakers);
            unit("claim score", c.score());
        }
        for (DetectedSpeaker s : analysis.speakers()) {
            s.mentions().forEach(m -> inside("mention of speaker " + s.name(), m));
        }
        quotesApart();
    }

    private void quotesApart() {
        List<TextRange> ranges = new ArrayList<>(analysis.quotes().stream().map(DetectedQuote::range).toList());
        ranges.sort(Comparator.comparingInt(TextRange::start));
        for (int i = 1; i < ranges.size(); i++) {
            assertTrue(ranges.get(i - 1).end() <= ranges.get(i).start(),
                    "quotes overlap: " + ranges.get(i - 1) + " and " + ranges.get(i));
        }
    }

    private void inside(String what, TextRange r) {
        assertNotNull(r, what);
        assertTrue(r.start() < r.end() && r.end() <= text.length(),
                what + " " + r + " is empty or outside the text of length " + text.length());
    }

    private void within(String what, TextRange r, TextRange outer) {
        inside(what, r);
        assertTrue(outer.start() <= r.start() && r.end() <= outer.end(), what + " " + r + " outside " + outer);
    }

    private static void index(String what, int index, int size) {
        assertTrue(index >= -1 && index < size, what + " " + index + " with " + size + " speakers");
    }

    private static void unit(String what, double x) {
        assertTrue(x >= 0 && x <= 1, what + " " + x + " outside [0, 1]");
    }
}
