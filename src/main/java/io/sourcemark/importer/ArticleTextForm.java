package io.sourcemark.importer;

/**
 * The form an article's text and its metadata take in a project, whatever brings them: an importer of articles or a
 * reader of annotation files (brat, W3C). Both keep the same rules, so that the same article read either way is the
 * same text, and no control character or half of a character reaches the window, a terminal or an export.
 */
public final class ArticleTextForm {

    private ArticleTextForm() {
    }

    /** The article's text in the project's normal form, without control characters, unpaired halves as U+FFFD. */
    public static String body(String raw) {
        return TextNormalizer.normalize(Surrogates.replaceUnpaired(ControlCharacters.removed(raw)));
    }

    /** A title, name, note or other field the same way, line breaks kept; null stays null. */
    public static String field(String value) {
        return value == null ? null : Surrogates.replaceUnpaired(ControlCharacters.removed(value));
    }

    /**
     * Refuses a text no article has: empty, longer than the standard limit, or with an absurd unbroken run.
     *
     * @param name the file's name, for the message
     */
    public static void check(String body, String name) throws ImportException {
        BodyChecks.check(body, name, ImportLimits.standard());
    }
}
