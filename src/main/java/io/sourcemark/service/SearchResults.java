package io.sourcemark.service;

import io.sourcemark.model.LibraryHit;
import java.util.List;

/**
 * What a search answers: its hits, best first, and a message when there is something to say (nothing to search for,
 * no match, words left out); {@code message} is empty otherwise.
 */
public record SearchResults(String query, List<LibraryHit> hits, String message) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
