package io.sourcemark.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A title for an article that has none: its first sentence, shortened at a word boundary, or its file name. */
final class TitleDeriver {

    static final int MAX_LENGTH = 90;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’')\\]]*(?=\\s|$)");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.]+)$");
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

    static String firstSentence(String body) {
        String paragraph = body.strip();
        int blank = paragraph.indexOf("\n\n");
        if (blank >= 0) {
            paragraph = paragraph.substring(0, blank);
        }
        paragraph = paragraph.replaceAll("\\s+", " ").strip();
        Matcher end = SENTENCE_END.matcher(paragraph);
        while (end.find()) {
            if (!isAbbreviation(paragraph.substring(0, end.start()))) {
                return paragraph.substring(0, end.end());
            }
        }
        return paragraph;
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

    private static boolean isAbbreviation(String textBeforeStop) {
        Matcher word = WORD_BEFORE.matcher(textBeforeStop);
        if (!word.find()) {
            return false;
        }
        String w = word.group(1);
        // Initials and dotted abbreviations: "J.", "U.S", "a.m".
        return w.length() == 1 && Character.isUpperCase(w.charAt(0))
                || w.contains(".")
                || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT));
    }

    private static String fileStem(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isBlank() ? "Untitled article" : stem;
    }
}
