package io.sourcemark.model;

/**
 * One highlight in an article: a speaker mention, a quote, a claim or a tagged span.
 *
 * <p>{@code exact}, {@code prefix} and {@code suffix} keep the text next to its position, so that a highlight can be
 * re-anchored, and a mismatch is detected instead of silently marking the wrong words.
 *
 * @param id         the row id; 0 for an annotation not stored yet
 * @param speakerId  the canonical speaker (for mentions, quotes and attributed claims), or null
 * @param cue        the reporting verb or phrase of a quote, or null
 * @param score      the detector's confidence or check-worthiness in [0, 1], or null for manual annotations
 * @param note       the analyst's note, or null
 */
public record Annotation(
        long id,
        long articleId,
        Kind kind,
        Origin origin,
        TextRange range,
        String exact,
        String prefix,
        String suffix,
        Long speakerId,
        TextRange cue,
        Double score,
        Verification verification,
        String note) {

    /** How many characters of context are kept on each side of the exact text. */
    public static final int CONTEXT_LENGTH = 32;

    /** A new annotation of {@code range} in {@code body}, with its exact text and context taken from the body. */
    public static Annotation of(long articleId, Kind kind, Origin origin, TextRange range, String body) {
        if (range.end() > body.length()) {
            throw new IllegalArgumentException("Range " + range + " is outside a body of " + body.length());
        }
        String prefix = body.substring(Math.max(0, range.start() - CONTEXT_LENGTH), range.start());
        String suffix = body.substring(range.end(), Math.min(body.length(), range.end() + CONTEXT_LENGTH));
        Verification verification = kind.isStatement() ? Verification.UNCHECKED : null;
        return new Annotation(0, articleId, kind, origin, range, range.of(body), prefix, suffix,
                null, null, null, verification, null);
    }

    public Annotation withId(long newId) {
        return new Annotation(newId, articleId, kind, origin, range, exact, prefix, suffix, speakerId, cue, score,
                verification, note);
    }

    public Annotation withKind(Kind newKind) {
        Verification newVerification = newKind.isStatement()
                ? (verification == null ? Verification.UNCHECKED : verification)
                : null;
        return new Annotation(id, articleId, newKind, origin, range, exact, prefix, suffix, speakerId, cue, score,
                newVerification, note);
    }

    public Annotation withOrigin(Origin newOrigin) {
        return new Annotation(id, articleId, kind, newOrigin, range, exact, prefix, suffix, speakerId, cue, score,
                verification, note);
    }

    public Annotation withSpeaker(Long newSpeakerId) {
        return new Annotation(id, articleId, kind, origin, range, exact, prefix, suffix, newSpeakerId, cue, score,
                verification, note);
    }

    public Annotation withCue(TextRange newCue) {
        return new Annotation(id, articleId, kind, origin, range, exact, prefix, suffix, speakerId, newCue, score,
                verification, note);
    }

    public Annotation withScore(Double newScore) {
        return new Annotation(id, articleId, kind, origin, range, exact, prefix, suffix, speakerId, cue, newScore,
                verification, note);
    }
}
