package io.sourcemark.service;

/**
 * What one run of detection did to one article or a batch of them.
 *
 * @param suggested    new DETECTED annotations (speaker mentions, quotes, claims)
 * @param keptReviewed suggestions not made again because the analyst already accepted, rejected or made the same
 *                     annotation
 * @param speakers     speakers of the article the engine found
 * @param articles     articles whose suggestions were stored: fewer than asked for when detection was cancelled
 */
public record DetectionReport(int suggested, int keptReviewed, int speakers, int articles) {
}
