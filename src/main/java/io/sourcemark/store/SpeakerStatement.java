package io.sourcemark.store;

import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;

/** One statement of a speaker, with its article: a row of who said what. {@code verdict} null: none yet. */
public record SpeakerStatement(long articleId, String articleTitle, long annotationId, Kind kind, TextRange range,
                               String exact, Verdict verdict) {
}
