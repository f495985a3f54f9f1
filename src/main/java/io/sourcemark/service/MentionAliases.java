package io.sourcemark.service;

import io.sourcemark.analysis.DetectedSpeaker;
import io.sourcemark.model.TextRange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The other names the engine read for a speaker in an article ("Mr. Sullivan" for Jake Sullivan, "President Trump"),
 * kept as the speaker's aliases so that typing them in the speaker field finds the same person. Only the surname
 * after a courtesy title or an office counts: pronouns and descriptions ("he", "the minister", "Kremlin spokesman
 * Dmitry Peskov") are not names, and a surname or a first name alone could be another person's in another
 * article, which detection, finding speakers by name or alias, would then take for this one.
 */
final class MentionAliases {

    private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "miss", "dr.", "prof.", "sen.", "rep.",
            "gov.", "gen.", "mr", "mrs", "ms", "dr", "president", "senator", "governor", "minister", "chancellor",
            "judge", "justice", "secretary", "ambassador", "mayor", "general", "sir", "dame", "lord", "lady");
    private static final int MOST_WORDS = 3;

    private MentionAliases() {
    }

    static List<String> of(DetectedSpeaker speaker, String body) {
        String[] nameWords = speaker.name().strip().split("\\s+");
        if (nameWords.length < 2) {
            return List.of(); // a one-word name has no shorter form to learn
        }
        String surname = nameWords[nameWords.length - 1].toLowerCase(Locale.ROOT);
        Set<String> aliases = new LinkedHashSet<>();
        for (TextRange mention : speaker.mentions()) {
            if (mention.end() > body.length()) {
                continue;
            }
            String text = mention.of(body).strip().replaceAll("\\s+", " ");
            if (isShortFormOf(text, speaker.name(), surname)) {
                aliases.add(text);
            }
        }
        return new ArrayList<>(aliases);
    }

    private static boolean isShortFormOf(String text, String name, String surname) {
        if (text.isEmpty() || text.equalsIgnoreCase(name) || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        if (text.equals(text.toUpperCase(Locale.ROOT))) {
            return false; // a transcript's label ("MR. SULLIVAN"): the same alias, written as a heading
        }
        String[] words = text.split(" ");
        // a surname alone could be another person's in another article ("Smith", "Johnson"): with a title only
        if (words.length < 2 || words.length > MOST_WORDS
                || !words[words.length - 1].toLowerCase(Locale.ROOT).equals(surname)) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!TITLES.contains(words[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
