package io.sourcemark.service;

import io.sourcemark.model.Stance;

import java.time.LocalDate;

/**
 * Evidence as the analyst writes it, before it is checked and stored: {@code url} must be a web address;
 * {@code title}, {@code note} and {@code accessed} may be null or blank.
 */
public record EvidenceDraft(String url, String title, String note, Stance stance, LocalDate accessed) {
}
