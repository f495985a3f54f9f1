package io.sourcemark.export;

import io.sourcemark.model.Kind;

/** The other end of a link when it lies in another article: enough to name it in a report and in W3C. */
public record LinkedStatement(String uid, Kind kind, String exact, String articleUid, String articleTitle) {
}
