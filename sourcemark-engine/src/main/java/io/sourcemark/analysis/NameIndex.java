package io.sourcemark.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The full personal names written in an article ("Jake Fenn", "Boris Johnson"), found in one pass, so a
 * speaker met as "Mr. Fenn" or "Johnson" gets the full name and a pronoun with no earlier speaker finds the
 * nearest person named before it.
 */
final class NameIndex {

    /** A full name as written: where the name itself starts, its text. */
    private record Occurrence(int position, String name) {}

    private final Map<String, String> bySurname = new HashMap<>();
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Map<String, List<Occurrence>> occurrencesBySurname = new HashMap<>();

    NameIndex(String text) {
        for (int[] run : CapitalRuns.find(text)) {
            String group = text.substring(run[0], run[1]);
            String name = personName(group);
            if (name == null) {
                continue;
            }
            String surname = surname(name);
            String known = bySurname.get(surname);
            if (known == null || name.length() > known.length() && name.endsWith(known)) {
                bySurname.put(surname, name);
            }
            int at = group.lastIndexOf(name);
            Occurrence o = new Occurrence(at >= 0 ? run[0] + at : run[0], name);
            occurrences.add(o);
            occurrencesBySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(o);
        }
    }

    /** The longest full name written for this surname, or null. */
    String fullName(String surname) {
        return bySurname.get(surname.toLowerCase(Locale.ROOT));
    }

    /** The person named last before position, within the given distance, or null. */
    String nearestBefore(int position, int distance) {
        int lo = 0;
        int hi = occurrences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (occurrences.get(mid).position() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == 0) {
            return null;
        }
        Occurrence o = occurrences.get(lo - 1);
        return position - o.position() <= distance ? o.name() : null;
    }

    /** Ranges of the full names written for this surname (for a speaker's mentions). */
    List<io.sourcemark.model.TextRange> occurrencesOf(String surname, String text) {
        List<io.sourcemark.model.TextRange> out = new ArrayList<>();
        for (Occurrence o : occurrencesBySurname.getOrDefault(surname, List.of())) {
            if (text.startsWith(o.name(), o.position())) {
                out.add(new io.sourcemark.model.TextRange(o.position(), o.position() + o.name().length()));
            }
        }
        return out;
    }

    static String surname(String name) {
        String[] parts = name.split(" ");
        return parts[parts.length - 1].toLowerCase(Locale.ROOT);
    }

    /** The two or three name words after the last title or institution word of a capitalised run, or null. */
    private static String personName(String run) {
        List<String> words = MentionParser.words(run);
        int start = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (SourceWords.isTitle(w) || SourceWords.isInstitutional(w) || isSentenceWord(w)
                    || w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 2) {
                start = i + 1;
            }
        }
        List<String> rest = words.subList(Math.min(start, words.size()), words.size());
        if (rest.size() < 2 || rest.size() > 3) {
            return null;
        }
        for (String w : rest) {
            if (w.endsWith("'s") || w.endsWith("’s")) {
                return null;
            }
        }
        return String.join(" ", rest);
    }

    private static boolean isSentenceWord(String w) {
        return Character.isUpperCase(w.charAt(0)) && SENTENCE_WORDS.contains(w);
    }

    private static final java.util.Set<String> SENTENCE_WORDS = java.util.Set.of("The", "A", "An", "In", "On", "At",
            "But", "And", "If", "When", "While", "After", "Before", "This", "That", "It", "He", "She", "They", "We",
            "I", "As", "For", "With", "From", "By", "Of", "To", "Without", "Despite", "Although", "Since", "During",
            "Following", "Under", "Over", "Among", "Against", "Meanwhile", "However", "Also", "Yesterday", "Today",
            "Earlier", "Later", "According", "Asked", "Speaking", "Last", "Next", "Then", "Now", "Both", "Former",
            "New", "Our", "Their", "His", "Her", "Its", "Why", "What", "How", "Where", "Who", "Dear", "Thanks");
}
