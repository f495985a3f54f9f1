package io.sourcemark.store;

import io.sourcemark.model.Verdict;

/**
 * How many statements of one speaker have one verdict ({@code verdict} null: none yet), with the speaker's totals.
 *
 * @param statements every statement of the speaker counted, whatever its verdict
 * @param articles   the articles those statements are in
 */
public record SpeakerCount(long speakerId, String name, int statements, int articles, Verdict verdict, int count) {
}
