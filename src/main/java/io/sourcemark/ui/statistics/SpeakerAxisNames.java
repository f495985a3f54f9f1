package io.sourcemark.ui.statistics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Speakers' names as the statistics' category axis shows them: cut to a length that leaves the bars room, and
 * never two alike, since the axis merges equal categories into one bar.
 */
final class SpeakerAxisNames {

    private SpeakerAxisNames() {
    }

    /** The names in the same order, each at most {@code longest} characters (a cut one ends in "…"), all distinct. */
    static List<String> of(List<String> names, int longest) {
        List<String> shown = new ArrayList<>(names.size());
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String cut = cut(name.strip(), longest);
            String candidate = cut;
            for (int n = 2; !taken.add(candidate); n++) {
                String suffix = " (" + n + ")";
                candidate = cut(name.strip(), longest - suffix.length()) + suffix;
            }
            shown.add(candidate);
        }
        return shown;
    }

    private static String cut(String name, int longest) {
        if (name.length() <= longest) {
            return name;
        }
        int end = longest - 1;
        // not between the two halves of a surrogate pair
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end).stripTrailing() + "…";
    }
}
