package io.sourcemark.importer;

import java.util.Locale;

/** The checks every article passes whatever its format: some text, not too much, and no absurd unbroken runs. */
final class BodyChecks {

    private BodyChecks() {
    }

    static void check(String body, String fileName, ImportLimits limits) throws ImportException {
        if (body.isEmpty()) {
            throw new ImportException(fileName, fileName + " holds no article text.");
        }
        if (body.length() > limits.maxCharacters()) {
            throw new ImportException(fileName, String.format(Locale.ROOT, "%s holds %,d characters of text, more "
                    + "than a news article (the limit is %,d).", fileName, body.length(), limits.maxCharacters()));
        }
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            run = Character.isWhitespace(c) || Character.isSpaceChar(c) ? 0 : run + 1;
            if (run > limits.maxUnbrokenRun()) {
                throw new ImportException(fileName, String.format(Locale.ROOT, "%s is not readable text: it has "
                        + "more than %,d characters in a row without a space or a line break (at character %,d).",
                        fileName, limits.maxUnbrokenRun(), i - run + 1));
            }
        }
    }
}
