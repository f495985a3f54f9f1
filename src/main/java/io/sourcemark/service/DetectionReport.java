package io.sourcemark.service;

/**
 * What one run of detection did to an article.
 *
 * @param suggested    new DETECTED annotations (speaker mentions, quotes, claims)
 * @param keptReviewed suggestions not made again because the analyst already accepted, rejected or made the same
 *                     annotation
 * @param speakers     speakers of the article the engine found
 * @param cancelled    the analyst stopped the detection before every article was done
 */
public record DetectionReport(int suggested, int keptReviewed, int speakers, boolean cancelled) {
}
