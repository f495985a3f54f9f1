package io.sourcemark.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A title for an article that has none: its first sentence, shortened at a word boundary, or its file name. */
final class TitleDeriver {

    static final int MAX_LENGTH = 90;
    /** Longer titles of a source are shortened as derived ones are. */
    private static final int MAX_SOURCE_TITLE = 300;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*(?=\\s|$)");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** Characters of the first paragraph looked at: a title is at most {@link #MAX_LENGTH}. */
    private static final int WINDOW = 1000;
    /** Letters looked at before a stop; longer words are not abbreviations. */
    private static final int MAX_WORD = 40;
    /** Words ending in a full stop that do not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep",
            "gov", "lt", "col", "capt", "sgt", "st", "jr", "sr", "rev", "hon", "pres", "vs", "etc", "inc",
            "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private TitleDeriver() {
    }

    /** The title for {@code body}: its first sentence, or {@code fileName} without its extension. */
    static String derive(String body, String fileName) {
        String sentence = firstSentence(body);
        if (sentence.chars().anyMatch(Character::isLetter)) {
            return shorten(sentence);
        }
        return fileStem(fileName);
    }

    /**
     * The first sentence of the first paragraph. Only the paragraph's first {@link #WINDOW} characters are looked at
     * (a title keeps fewer), and each stop is judged by the few letters before it, so the work is linear: text of
     * nothing but initials ("J. J. J. …") once took minutes.
     */
    static String firstSentence(String body) {
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        int blank = body.indexOf("\n\n", start);
        int end = Math.min(blank < 0 ? body.length() : blank, start + WINDOW);
        String paragraph = WHITE_SPACE.matcher(body.substring(start, end)).replaceAll(" ").strip();
        Matcher stop = SENTENCE_END.matcher(paragraph);
        while (stop.find()) {
            if (!isAbbreviation(paragraph, stop.start())) {
                return paragraph.substring(0, stop.end());
            }
        }
        return paragraph;
    }

    /** A title as a source gave it, on one line, shortened if it runs on. */
    static String clean(String title) {
        String line = WHITE_SPACE.matcher(title).replaceAll(" ").strip();
        return line.length() > MAX_SOURCE_TITLE ? shorten(line) : line;
    }

    /**
     * Whether a heading at the top of a body repeats the title (as a page's {@code h1} repeats its headline, or its
     * {@code <title>} adds the site's name after it): such a heading is left out of the body.
     */
    static boolean repeats(String heading, String title) {
        if (title == null || heading.length() > title.length() * 2) {
            return false;
        }
        String headingWords = words(heading);
        String titleWords = words(title);
        return !headingWords.isEmpty() && (headingWords.equals(titleWords) || titleWords.startsWith(headingWords + " "));
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String shorten(String sentence) {
        String title = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        if (title.length() <= MAX_LENGTH) {
            return title;
        }
        int cut = title.lastIndexOf(' ', MAX_LENGTH - 1);
        String head = cut > 0 ? title.substring(0, cut) : title.substring(0, MAX_LENGTH - 1);
        return head.replaceAll("[\\s,;:–—-]+$", "") + "…";
    }

    /** Whether the stop at {@code stop} ends an abbreviation or an initial rather than the sentence. */
    private static boolean isAbbreviation(String text, int stop) {
        int from = stop;
        while (from > 0 && stop - from < MAX_WORD && isWordPart(text.charAt(from - 1))) {
            from--;
        }
        if (from == stop) {
            return false;
        }
        String w = text.substring(from, stop);
        // Initials and dotted abbreviations: "J.", "U.S", "a.m".
        return w.length() == 1 && Character.isUpperCase(w.charAt(0))
                || w.contains(".")
                || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isWordPart(char c) {
        return Character.isLetter(c) || c == '.';
    }

    private static String fileStem(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? "Untitled article" : stem;
    }
}
