package io.sourcemark.model;

/**
 * What is known about an article besides its body. Every field but {@code title} may be null when the source does
 * not say it.
 *
 * @param title    the headline, or one derived from the first sentence or the file name
 * @param source   the outlet or publisher ("Wikinews", "AFP")
 * @param date     the publication date as written in ISO form where it could be parsed ("2019-01-07")
 * @param dateline the place of the dateline ("Washington")
 * @param agency   the news agency of the dateline ("AFP")
 * @param url      where the article was published
 * @param license  the licence and attribution the source asks for
 * @param fileName the name of the file it was imported from
 */
public record ArticleMeta(
        String title,
        String source,
        String date,
        String dateline,
        String agency,
        String url,
        String license,
        String fileName) {

    public ArticleMeta {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An article needs a title");
        }
    }
}
