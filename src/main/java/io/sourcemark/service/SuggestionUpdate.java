package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.store.Repositories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings an article's suggestions up to date with a new analysis, in place: a suggestion the engine makes again
 * (same kind and range) keeps its row, and is written only when what the engine says of it changed; new ones are
 * added; unreviewed ones it no longer makes are deleted, unless the analyst has worked on them. Whatever the
 * analyst reviewed (accepted, rejected, changed the kind or the edges of, marked by hand) is left as it is and not
 * suggested again, nor is a suggestion that overlaps an accepted or hand-made highlight of its kind. Writing only what changed keeps the undo of the analyst's earlier steps possible.
 */
final class SuggestionUpdate {

    private final Repositories tx;

    SuggestionUpdate(Repositories tx) {
        this.tx = tx;
    }

    /** @return what changed */
    DetectionReport apply(long articleId, List<Annotation> suggestions, int speakers) {
        Map<Key, Annotation> existing = new HashMap<>();
        List<Annotation> twins = new ArrayList<>();
        for (Annotation annotation : tx.annotations().forArticle(articleId)) {
            // of two annotations of one key, the reviewed one stands for it; an unreviewed twin is left over
            Annotation other = existing.get(Key.of(annotation));
            if (other == null || other.origin() == Origin.DETECTED && annotation.origin() != Origin.DETECTED) {
                existing.put(Key.of(annotation), annotation);
                if (other != null) {
                    twins.add(other);
                }
            } else {
                twins.add(annotation);
            }
        }
        Map<Key, Annotation> wanted = new LinkedHashMap<>();
        for (Annotation suggestion : suggestions) {
            wanted.putIfAbsent(Key.of(suggestion), suggestion);
        }
        int added = 0;
        int kept = 0;
        List<Annotation> reviewed = existing.values().stream().filter(a -> a.origin() == Origin.CONFIRMED
                || a.origin() == Origin.MANUAL).toList();
        for (Map.Entry<Key, Annotation> entry : wanted.entrySet()) {
            Annotation before = existing.remove(entry.getKey());
            Annotation suggestion = entry.getValue();
            if (before == null && overlapsReviewed(reviewed, entry.getKey())) {
                // the analyst's highlight of this kind over these words (its edges moved, or marked otherwise by
                // hand) stands for the suggestion: it is not suggested again beside it
                kept++;
            } else if (before == null) {
                tx.annotations().insert(suggestion);
                added++;
            } else if (before.origin() == Origin.DETECTED) {
                Annotation after = refreshed(before, suggestion);
                if (!after.equals(before)) {
                    tx.annotations().update(after);
                }
            } else {
                kept++;
            }
        }
        twins.addAll(existing.values());
        for (Annotation gone : twins) {
            if (gone.origin() == Origin.DETECTED && !AnalystWork.carriedBy(tx, gone)) {
                tx.annotations().delete(gone.id());
            }
        }
        return new DetectionReport(added, kept, speakers, 1);
    }

    private static boolean overlapsReviewed(List<Annotation> reviewed, Key key) {
        return reviewed.stream().anyMatch(a -> Key.of(a).kind() == key.kind() && a.range().overlaps(key.range()));
    }

    /** What the engine says of a suggestion it made again; the rest (verification, note) is the analyst's. */
    private static Annotation refreshed(Annotation before, Annotation suggestion) {
        Annotation after = before.withPieces(suggestion.pieces()).withSpeaker(suggestion.speakerId())
                .withCue(suggestion.cue()).withScore(suggestion.score()).withCategory(suggestion.category());
        // equal scores may come back with another last bit; a row is rewritten only for a real change
        return Objects.equals(rounded(after.score()), rounded(before.score())) ? after.withScore(before.score())
                : after;
    }

    private static Double rounded(Double score) {
        return score == null ? null : Math.round(score * 1e9) / 1e9;
    }

    /**
     * "The same suggestion": the kind the engine suggested (kept when the analyst changes the kind, so a changed
     * suggestion is not suggested again in its first kind) and the range.
     */
    private record Key(Kind kind, TextRange range) {
        static Key of(Annotation annotation) {
            return new Key(annotation.suggestedKind() != null ? annotation.suggestedKind() : annotation.kind(),
                    annotation.range());
        }
    }
}
