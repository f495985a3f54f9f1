package io.sourcemark.analysis;

import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Takes a source mention apart into name, role, head noun, pronoun and kind, by word lists and capitalisation. */
final class MentionParser {

    private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr",
            "miss", "prof.", "prof");
    private static final Set<String> COMMON_OPENERS = Set.of("the", "a", "an", "one", "some", "several", "two",
            "three", "many", "most", "all", "both", "other", "others", "local", "senior", "top", "unnamed");
    private static final Set<String> ARTIFACTS = Set.of("database", "records", "figures", "statistics", "map",
            "footage", "video", "images", "photos", "notice", "report", "statement", "letter", "study",
            "website", "complaint", "lawsuit", "tweet", "post", "filing", "memo", "document", "analysis", "data",
            "survey", "poll", "findings", "research", "guidelines", "order", "decision", "ruling", "account",
            "spokesperson", "spokesman", "spokeswoman", "office", "press", "release", "announcement", "blog");

    SourceMention parse(String text, TextRange r) {
        String s = r.of(text);
        String lower = s.toLowerCase(Locale.ROOT).strip();
        String pronoun = switch (lower) {
            case "he", "him", "his" -> "he";
            case "she", "her" -> "she";
            case "they", "them", "their" -> "they";
            case "it", "its" -> "it";
            case "who", "which" -> "who";
            case "i", "we" -> lower;
            default -> null;
        };
        if (pronoun != null) {
            SpeakerKind k = pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("i")
                    ? SpeakerKind.PERSON : SpeakerKind.GROUP;
            return new SourceMention(r, s, null, null, null, pronoun, k);
        }
        if (lower.equals("q")) {
            return new SourceMention(r, s, null, null, "q", null, SpeakerKind.ANONYMOUS);
        }
        if (Trims.isNameList(s)) {
            return new SourceMention(r, s, Trims.trailingComma(s), null, null, null, SpeakerKind.GROUP);
        }
        List<String> all = words(s);
        if (all.size() >= 1 && SourceWords.QUANTIFIERS.contains(all.get(0).toLowerCase(Locale.ROOT))
                && (all.size() == 1 || all.get(1).equals("of"))) {
            String written = Character.toLowerCase(s.charAt(0)) + s.substring(1);
            return new SourceMention(r, s, Trims.trailingComma(written), null, all.get(all.size() - 1).toLowerCase(
                    Locale.ROOT), null, all.size() == 1 && !all.get(0).equalsIgnoreCase("one")
                    ? SpeakerKind.GROUP : SpeakerKind.ANONYMOUS);
        }
        SourceMention listed = nameSegment(r, s);
        if (listed != null) {
            return listed;
        }
        String head = s;
        int comma = s.indexOf(',');
        String apposition = null;
        if (comma > 0) {
            head = s.substring(0, comma);
            apposition = Trims.trailingCommasAndSpace(s.substring(comma + 1)).strip();
        }
        List<String> words = words(head);
        int owner = possessorOfArtifact(words);
        if (owner >= 0) {
            words = List.of(Trims.possessive(words.get(owner)));
        }
        List<String> nameWords = personPart(words);
        int[] name = nameRun(nameWords);
        String nameText = name == null ? null : String.join(" ", nameWords.subList(name[0], name[1]));
        String role = roleBefore(nameWords, name);
        if ((role == null || role.isEmpty()) && apposition != null && !apposition.isEmpty()
                && Character.isLowerCase(apposition.charAt(0))) {
            role = Trims.lowerArticle(apposition);
        }
        if (apposition != null && (nameText == null || !nameText.contains(" ")) && !apposition.isEmpty()
                && Character.isUpperCase(apposition.charAt(0))) {
            List<String> aw = words(apposition);
            int[] an = nameRun(aw);
            if (an != null && an[1] - an[0] >= 2 && an[0] == 0) {
                nameText = String.join(" ", aw.subList(an[0], an[1]));
                role = Trims.article(head);
                name = null;
            }
        }
        if (nameText == null && apposition != null) {
            List<String> aw = words(apposition);
            int[] an = nameRun(aw);
            if (an != null) {
                nameText = String.join(" ", aw.subList(an[0], an[1]));
                role = Trims.article(head);
            }
        }
        String headNoun = headNoun(words);
        SpeakerKind kind = SourceKinds.kind(lower, nameText, role, headNoun);
        if (nameText != null) {
            nameText = Trims.possessive(nameText);
        }
        if (kind == SpeakerKind.ANONYMOUS || kind == SpeakerKind.GROUP) {
            String written = String.join(" ", words);
            boolean common = !words.isEmpty() && COMMON_OPENERS.contains(words.get(0).toLowerCase(Locale.ROOT));
            nameText = written.isEmpty() ? s
                    : common ? Character.toLowerCase(written.charAt(0)) + written.substring(1) : written;
            role = null;
        } else if (kind != SpeakerKind.PERSON && owner < 0) {
            nameText = SourceKinds.longestCapitalRun(words);
            role = null;
        }
        if (kind == SpeakerKind.GOVERNMENT_BODY && Capitals.government(nameText) != null) {
            nameText = Capitals.government(nameText);
        }
        if (nameText != null) {
            nameText = Trims.possessive(nameText);
        }
        return new SourceMention(r, s, nameText, role == null || role.isBlank() ? null : role, headNoun, null, kind);
    }

    /** "The general secretary of the RMT union (…), Lund Cash,": a comma-separated piece that is just a name. */
    private static SourceMention nameSegment(TextRange r, String s) {
        String[] pieces = s.split(",");
        if (pieces.length < 2) {
            return null;
        }
        for (int k = 1; k < pieces.length; k++) {
            List<String> w = words(pieces[k]);
            boolean name = w.size() >= 2 && w.size() <= 3 && w.stream().allMatch(x -> Character.isUpperCase(x.charAt(0))
                    && !SourceWords.isTitle(x) && !SourceWords.isInstitutional(x));
            if (name) {
                String role = Trims.article(pieces[0].strip());
                return new SourceMention(r, s, String.join(" ", w), role, null, null, SpeakerKind.PERSON);
            }
        }
        return null;
    }

    /** "RIAA's DMCA notice": the owner of an artifact is the source; -1 when the mention is not one. */
    private static int possessorOfArtifact(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).endsWith("'s") || w.get(i).endsWith("’s")) {
                for (int j = i + 1; j < w.size(); j++) {
                    String x = w.get(j);
                    if (Character.isUpperCase(x.charAt(0)) && !x.equals(x.toUpperCase(Locale.ROOT))) {
                        return -1;
                    }
                }
                boolean artifact = i + 1 < w.size() && ARTIFACTS.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT));
                return artifact || w.size() == 1 ? i : -1;
            }
        }
        return -1;
    }

    /**
     * "Ryan Bruun of the Harvard–Smithsonian Center": a person's name comes before "of"/"at"/"from"; in
     * "Hong Kong director of Amnesty International Man-kei Tam" the part ending in a name wins.
     */
    private static List<String> personPart(List<String> w) {
        List<String> fallback = null;
        int start = 0;
        for (int i = 0; i <= w.size(); i++) {
            if (i == w.size() || Set.of("of", "at", "from").contains(w.get(i))) {
                List<String> part = w.subList(start, i);
                int[] run = nameRun(part);
                if (run != null && run[1] - run[0] >= 2
                        && part.subList(run[0], run[1]).stream().noneMatch(SourceWords::isInstitutional)) {
                    if (run[1] == part.size()) {
                        return part;
                    }
                    fallback = fallback == null ? part : fallback;
                }
                start = i + 1;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        int cut = w.indexOf("of");
        if (cut > 0 && !orgLike(w.subList(0, cut)) && nameRun(w.subList(0, cut)) != null && !orgLike(w)) {
            return w.subList(0, cut);
        }
        return w;
    }

    private static boolean orgLike(List<String> w) {
        return w.stream().anyMatch(SourceWords::isInstitutional);
    }

    private static List<String> trimDeterminer(List<String> w) {
        return !w.isEmpty() && Set.of("the", "a", "an").contains(w.get(0).toLowerCase()) ? w.subList(1, w.size()) : w;
    }

    /** Words split at white space and parentheses, trimmed of surrounding punctuation (a final period stays). */
    /** "Sisi" and "el-Sisi", "al-Assad": capitalised, or a lower-case particle joined to a capitalised name. */
    static boolean isNameWord(String w) {
        return Character.isUpperCase(w.codePointAt(0)) || Trims.isParticleName(w);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '(' || s.charAt(i) == ')')) {
                i++;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '(' && s.charAt(j) != ')') {
                j++;
            }
            int a = i;
            int b = j;
            while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
                a++;
            }
            while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != '.') {
                b--;
            }
            if (a < b) {
                out.add(s.substring(a, b));
            }
            i = j;
        }
        return out;
    }

    /** The person-name run: capitalised words after the last title in the last capitalised run. */
    private static int[] nameRun(List<String> w) {
        int end = -1;
        for (int i = w.size() - 1; i >= 0; i--) {
            if (isNameWord(w.get(i)) && !SourceWords.isTitle(w.get(i))
                    && !SourceWords.QUANTIFIERS.contains(w.get(i).toLowerCase(Locale.ROOT))) {
                end = i + 1;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int start = end - 1;
        while (start > 0 && isCap(w.get(start - 1)) && !SourceWords.isTitle(w.get(start - 1))
                && !w.get(start - 1).endsWith("'s") && !w.get(start - 1).endsWith("’s")) {
            start--;
        }
        while (start < end && (Set.of("The", "A", "An").contains(w.get(start))
                || SourceWords.CONNECT.contains(w.get(start).toLowerCase(Locale.ROOT)))) {
            start++;
        }
        if (end - start > 3) {
            start = end - 2;
        }
        return start < end ? new int[] {start, end} : null;
    }

    private static String roleBefore(List<String> w, int[] name) {
        int end = name == null ? w.size() : name[0];
        List<String> role = trimDeterminer(w.subList(0, end));
        boolean honorificOnly = role.stream().allMatch(x -> HONORIFICS.contains(x.toLowerCase(Locale.ROOT)));
        return role.isEmpty() || honorificOnly ? null : String.join(" ", role);
    }

    private static String headNoun(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            if (Set.of("of", "at", "for", "from", "in", "with").contains(w.get(i).toLowerCase()) && i > 0) {
                return w.get(i - 1).toLowerCase(Locale.ROOT);
            }
        }
        return w.isEmpty() ? null : w.get(w.size() - 1).toLowerCase(Locale.ROOT);
    }

    static boolean isCap(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) || SourceWords.CONNECT.contains(w.toLowerCase());
    }
}
