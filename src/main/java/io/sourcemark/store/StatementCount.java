package io.sourcemark.store;

import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;

/**
 * How many statements share a kind, an origin and a verification; {@code verdict} and {@code status} may be null.
 * {@code mixed}: indirect quotes that quote some of their words (mixed quotes), counted apart from the others.
 */
public record StatementCount(Kind kind, Origin origin, Verdict verdict, ReviewStatus status, boolean mixed,
                             int count) {
}
