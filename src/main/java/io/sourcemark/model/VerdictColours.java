package io.sourcemark.model;

/**
 * The colours verdicts are shown in, as CSS colours: from green (true) through amber (mixed) to red (false), greys
 * for no finding. One list for the window and the reports, so that a verdict looks the same in both.
 */
public final class VerdictColours {

    private VerdictColours() {
    }

    /** On a light ground: the window's light theme and every report. */
    public static String onLight(Verdict verdict) {
        return switch (verdict) {
            case NOT_CHECKED -> "#94a3b8";
            case TRUE -> "#15803d";
            case MOSTLY_TRUE -> "#65a30d";
            case MIXED -> "#ca8a04";
            case MOSTLY_FALSE -> "#ea580c";
            case FALSE -> "#dc2626";
            case MISLEADING -> "#9333ea";
            case UNVERIFIABLE -> "#64748b";
        };
    }

    /** On a dark ground: lighter, so that they keep their contrast. */
    public static String onDark(Verdict verdict) {
        return switch (verdict) {
            case NOT_CHECKED, UNVERIFIABLE -> "#94a3b8";
            case TRUE -> "#4ade80";
            case MOSTLY_TRUE -> "#a3e635";
            case MIXED -> "#facc15";
            case MOSTLY_FALSE -> "#fb923c";
            case FALSE -> "#f87171";
            case MISLEADING -> "#c084fc";
        };
    }
}
