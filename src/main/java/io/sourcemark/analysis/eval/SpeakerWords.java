package io.sourcemark.analysis.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The content words of a speaker mention, for the lenient name check ("Mr. Fenn" shares "sullivan"). */
final class SpeakerWords {

    private static final Pattern WORD = Pattern.compile("[\\w'\u2019.-]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> STOP = Set.of("the", "a", "an", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
            "dr.", "of", "and", "said", "says", "told", "he", "she", "they", "it", "we", "i", "his", "her", "their");

    private SpeakerWords() {
    }

    static Set<String> of(String mention) {
        Set<String> words = new HashSet<>();
        if (mention == null) {
            return words;
        }
        Matcher m = WORD.matcher(mention.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!STOP.contains(w) && w.codePointCount(0, w.length()) > 1) {
                words.add(w);
            }
        }
        return words;
    }

    static boolean share(String a, String b) {
        Set<String> words = of(a);
        words.retainAll(of(b));
        return !words.isEmpty();
    }
}
