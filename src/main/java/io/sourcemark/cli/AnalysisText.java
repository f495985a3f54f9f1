package io.sourcemark.cli;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.DetectedClaim;
import io.sourcemark.analysis.DetectedQuote;
import io.sourcemark.analysis.DetectedSpeaker;
import io.sourcemark.model.TextRange;
import java.io.PrintStream;
import java.util.Locale;

/** One analysed article as readable lines: quotes, claims, speakers. */
final class AnalysisText {

    private static final int SHORT = 70;

    private AnalysisText() {
    }

    static void print(PrintStream out, String title, String text, Analysis a) {
        out.println("== " + title + " (" + text.length() + " characters)");
        out.println("Quotes (" + a.quotes().size() + ")");
        for (DetectedQuote q : a.quotes()) {
            out.printf(Locale.ROOT, "  %s %-8s %s%n      speaker: %s | cue: %s | confidence %.2f%n",
                    range(q.range()), q.kind().name().toLowerCase(Locale.ROOT), shorten(q.range().of(text)),
                    speaker(q), q.cueText() == null ? "-" : q.cueText(), q.confidence());
        }
        out.println("Claims (" + a.claims().size() + ")");
        for (DetectedClaim c : a.claims()) {
            out.printf(Locale.ROOT, "  %s %.2f %-10s %s%s%n", range(c.range()), c.score(),
                    c.category().name().toLowerCase(Locale.ROOT), shorten(c.range().of(text)),
                    c.speakerName() == null ? "" : " (" + c.speakerName() + ")");
        }
        out.println("Speakers (" + a.speakers().size() + ")");
        for (DetectedSpeaker s : a.speakers()) {
            out.printf(Locale.ROOT, "  %s | %s | %s | %d mention%s%n", s.name(),
                    s.kind() == null ? "-" : s.kind().name().toLowerCase(Locale.ROOT),
                    s.role() == null ? "-" : s.role(), s.mentions().size(), s.mentions().size() == 1 ? "" : "s");
        }
        out.println();
    }

    private static String speaker(DetectedQuote q) {
        if (q.speakerName() == null && q.speakerText() == null) {
            return "-";
        }
        if (q.speakerName() == null || q.speakerName().equals(q.speakerText()) || q.speakerText() == null) {
            return q.speakerName() != null ? q.speakerName() : q.speakerText();
        }
        return q.speakerName() + " (\"" + q.speakerText() + "\")";
    }

    private static String range(TextRange r) {
        return "[" + r.start() + "-" + r.end() + ")";
    }

    static String shorten(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SHORT) {
            return flat;
        }
        int cut = SHORT - 1;
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        return flat.substring(0, cut) + "\u2026";
    }
}
