package io.sourcemark.service;

/** What the analyst edits of an article: its title (required), source, date, address and licence. */
public record ArticleDetails(String title, String source, String date, String url, String license) {
}
