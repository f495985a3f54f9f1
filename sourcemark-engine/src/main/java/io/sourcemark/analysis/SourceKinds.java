package io.sourcemark.analysis;

import io.sourcemark.model.SpeakerKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What sort of source a mention names (person, medium, government body, …) and its institutional name. */
final class SourceKinds {

    private SourceKinds() {
    }

    static SpeakerKind kind(String lower, String name, String role, String head) {
        if (name != null) {
            List<String> nw = MentionParser.words(name.toLowerCase(Locale.ROOT));
            boolean institutional = nw.stream().anyMatch(x -> SourceWords.MEDIA.contains(x)
                    || SourceWords.GOVERNMENT.contains(x)
                    || SourceWords.ORGANIZATION.contains(x));
            boolean titled = role != null
                    && MentionParser.words(role.toLowerCase(Locale.ROOT)).stream()
                    .anyMatch(SourceWords.TITLES::contains);
            if (!institutional && (nw.size() >= 2 || titled) && !name.contains(" and ")
                    && !name.equals(name.toUpperCase(Locale.ROOT))) {
                return SpeakerKind.PERSON;
            }
        }
        List<String> lw = MentionParser.words(lower);
        if (head != null && SourceWords.ANONYMOUS.contains(head) && (name == null || lw.indexOf(head) < 3)) {
            return SpeakerKind.ANONYMOUS;
        }
        for (String x : lw) {
            if (SourceWords.MEDIA.contains(x)) {
                return SpeakerKind.MEDIA;
            }
        }
        for (String g : SourceWords.GOVERNMENT) {
            if (lw.contains(g) || (g.contains(" ") && lower.contains(g))) {
                return SpeakerKind.GOVERNMENT_BODY;
            }
        }
        if (lw.size() <= 2 && lw.stream().anyMatch(Capitals::isCapital)) {
            return SpeakerKind.GOVERNMENT_BODY;
        }
        if (lw.stream().anyMatch(SourceWords.ORGANIZATION::contains)
                || (name != null && name.chars().anyMatch(Character::isDigit))
                || (name != null && name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT))
                && !name.contains(" ") && !SourceWords.TITLES.contains(name.toLowerCase(Locale.ROOT)))) {
            return SpeakerKind.ORGANIZATION;
        }
        if (head != null && SourceWords.ANONYMOUS.contains(head)) {
            return SpeakerKind.ANONYMOUS;
        }
        if (name == null) {
            if (head != null && head.endsWith("s") && !head.endsWith("ss")) {
                return SpeakerKind.GROUP;
            }
            return head == null || SourceWords.isTitle(head) ? SpeakerKind.PERSON : SpeakerKind.ORGANIZATION;
        }
        return name.contains(" and ") || lower.contains(" and ") ? SpeakerKind.GROUP : SpeakerKind.PERSON;
    }

    /** "the American daily The New York Times" names "New York Times"; null when nothing is capitalised. */
    static String longestCapitalRun(List<String> w) {
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < w.size(); i++) {
            if (!Character.isUpperCase(w.get(i).codePointAt(0)) || Set.of("The", "A", "An").contains(w.get(i))) {
                continue;
            }
            int j = i + 1;
            while (j < w.size() && MentionParser.isCap(w.get(j)) && !Set.of("The", "A", "An").contains(w.get(j))) {
                j++;
            }
            while (j > i + 1 && SourceWords.CONNECT.contains(w.get(j - 1).toLowerCase(Locale.ROOT))) {
                j--;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j - 1;
        }
        return bestStart < 0 ? null : String.join(" ", w.subList(bestStart, bestStart + bestLen));
    }
}
