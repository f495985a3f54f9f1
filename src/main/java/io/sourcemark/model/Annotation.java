package io.sourcemark.model;

import java.util.List;

/**
 * One highlight in an article: a speaker mention, a quote, a claim or a tagged span.
 *
 * <p>{@code exact}, {@code prefix} and {@code suffix} keep the text next to its position, so that a highlight can be
 * re-anchored, and a mismatch is detected instead of silently marking the wrong words.
 *
 * @param id            the row id; 0 for an annotation not stored yet
 * @param uid           the stable identity used by exports, imports and merges; null until stored
 * @param range         the whole extent, from the first piece's start to the last piece's end
 * @param pieces        for a direct quote interrupted by its attribution, its parts; for an indirect quote, the words
 *                      it quotes (a mixed quote); empty when the annotation is one piece
 * @param speakerId     the canonical speaker (for mentions, quotes and attributed claims), or null
 * @param cue           the reporting verb or phrase of a quote, or null
 * @param score         the detector's confidence or check-worthiness in [0, 1], or null for manual annotations
 * @param category      what kind of claim it is, or null
 * @param suggestedKind the kind the engine suggested (kept when the analyst changes the kind), or null for an
 *                      annotation the analyst made
 * @param note          the analyst's note, or null
 */
public record Annotation(
        long id,
        String uid,
        long articleId,
        Kind kind,
        Origin origin,
        TextRange range,
        List<TextRange> pieces,
        String exact,
        String prefix,
        String suffix,
        Long speakerId,
        TextRange cue,
        Double score,
        ClaimCategory category,
        Kind suggestedKind,
        Verification verification,
        String note) {

    /** How many characters of context are kept on each side of the exact text. */
    public static final int CONTEXT_LENGTH = 32;

    public Annotation {
        pieces = List.copyOf(pieces);
        for (TextRange piece : pieces) {
            if (piece.start() < range.start() || piece.end() > range.end()) {
                throw new IllegalArgumentException("Piece " + piece + " is outside " + range);
            }
        }
    }

    /** A new annotation of {@code range} in {@code body}, with its exact text and context taken from the body. */
    public static Annotation of(long articleId, Kind kind, Origin origin, TextRange range, String body) {
        if (range.end() > body.length()) {
            throw new IllegalArgumentException("Range " + range + " is outside a body of " + body.length());
        }
        String prefix = body.substring(Math.max(0, range.start() - CONTEXT_LENGTH), range.start());
        String suffix = body.substring(range.end(), Math.min(body.length(), range.end() + CONTEXT_LENGTH));
        Verification verification = kind.isStatement() ? Verification.UNCHECKED : null;
        Kind suggested = origin == Origin.DETECTED ? kind : null;
        return new Annotation(0, null, articleId, kind, origin, range, List.of(), range.of(body), prefix, suffix,
                null, null, null, null, suggested, verification, null);
    }

    /** The parts drawn and exported: the pieces of an interrupted direct quote, else the whole range. */
    public List<TextRange> parts() {
        return kind == Kind.DIRECT_QUOTE && !pieces.isEmpty() ? pieces : List.of(range);
    }

    /** An indirect quote that quotes some of its words: reported speech with direct pieces. */
    public boolean isMixedQuote() {
        return kind == Kind.INDIRECT_QUOTE && !pieces.isEmpty();
    }

    /**
     * The annotation moved to {@code newRange} of {@code body} with {@code newPieces}: its exact text, prefix and
     * suffix are taken from the body again, so that they keep describing what it marks.
     */
    public Annotation withRange(TextRange newRange, List<TextRange> newPieces, String body) {
        if (newRange.end() > body.length()) {
            throw new IllegalArgumentException("Range " + newRange + " is outside a body of " + body.length());
        }
        String newPrefix = body.substring(Math.max(0, newRange.start() - CONTEXT_LENGTH), newRange.start());
        String newSuffix = body.substring(newRange.end(), Math.min(body.length(), newRange.end() + CONTEXT_LENGTH));
        return new Annotation(id, uid, articleId, kind, origin, newRange, newPieces, newRange.of(body), newPrefix,
                newSuffix, speakerId, cue, score, category, suggestedKind, verification, note);
    }

    public Annotation withId(long newId) {
        return new Annotation(newId, uid, articleId, kind, origin, range, pieces, exact, prefix, suffix, speakerId,
                cue, score, category, suggestedKind, verification, note);
    }

    public Annotation withUid(String newUid) {
        return new Annotation(id, newUid, articleId, kind, origin, range, pieces, exact, prefix, suffix, speakerId,
                cue, score, category, suggestedKind, verification, note);
    }

    public Annotation withKind(Kind newKind) {
        Verification newVerification = newKind.isStatement()
                ? (verification == null ? Verification.UNCHECKED : verification)
                : null;
        return new Annotation(id, uid, articleId, newKind, origin, range, pieces, exact, prefix, suffix, speakerId,
                cue, score, category, suggestedKind, newVerification, note);
    }

    public Annotation withOrigin(Origin newOrigin) {
        return new Annotation(id, uid, articleId, kind, newOrigin, range, pieces, exact, prefix, suffix, speakerId,
                cue, score, category, suggestedKind, verification, note);
    }

    public Annotation withPieces(List<TextRange> newPieces) {
        return new Annotation(id, uid, articleId, kind, origin, range, newPieces, exact, prefix, suffix, speakerId,
                cue, score, category, suggestedKind, verification, note);
    }

    public Annotation withSpeaker(Long newSpeakerId) {
        return new Annotation(id, uid, articleId, kind, origin, range, pieces, exact, prefix, suffix, newSpeakerId,
                cue, score, category, suggestedKind, verification, note);
    }

    public Annotation withCue(TextRange newCue) {
        return new Annotation(id, uid, articleId, kind, origin, range, pieces, exact, prefix, suffix, speakerId,
                newCue, score, category, suggestedKind, verification, note);
    }

    public Annotation withScore(Double newScore) {
        return new Annotation(id, uid, articleId, kind, origin, range, pieces, exact, prefix, suffix, speakerId,
                cue, newScore, category, suggestedKind, verification, note);
    }

    public Annotation withCategory(ClaimCategory newCategory) {
        return new Annotation(id, uid, articleId, kind, origin, range, pieces, exact, prefix, suffix, speakerId,
                cue, score, newCategory, suggestedKind, verification, note);
    }

    public Annotation withVerification(Verification newVerification) {
        return new Annotation(id, uid, articleId, kind, origin, range, pieces, exact, prefix, suffix, speakerId,
                cue, score, category, suggestedKind, newVerification, note);
    }

    public Annotation withNote(String newNote) {
        return new Annotation(id, uid, articleId, kind, origin, range, pieces, exact, prefix, suffix, speakerId,
                cue, score, category, suggestedKind, verification, newNote);
    }
}
