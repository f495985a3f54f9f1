package io.sourcemark.analysis;

import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Takes a source mention apart into name, role, head noun, pronoun and kind, by word lists and capitalisation. */
final class MentionParser {

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
            "president", "vice", "prime", "minister", "secretary", "senator", "sen", "governor", "gov", "rep",
            "representative", "represenative", "assemblywoman", "assemblyman", "congressman", "congresswoman",
            "speaker", "chancellor", "general", "gen", "judge", "justice", "mayor", "chief", "director",
            "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "leader", "chairman", "chairwoman",
            "chair", "ceo", "ambassador", "prosecutor", "professor", "officer", "commissioner", "queen", "king",
            "prince", "princess", "pope", "archbishop", "bishop", "father", "foreign", "defense", "defence",
            "interior", "health", "finance", "national", "security", "state", "deputy", "senior", "former",
            "ex", "attorney", "first", "lady", "lord", "mp", "mep", "astronomer", "scientist", "coordinator",
            "executive", "founder", "minority", "majority", "whip", "house", "white", "incoming", "newly",
            "elected", "economy", "transport", "energy", "treasury", "commander", "colonel", "captain",
            "sergeant", "lieutenant", "detective", "inspector", "constable", "police", "emperor", "sheikh",
            "ayatollah", "cardinal", "rabbi", "reverend", "rev", "hon", "premier", "chairperson", "host",
            "member", "mr.", "dr.");
    private static final Set<String> MEDIA = Set.of("times", "post", "news", "journal", "afp", "reuters", "bbc",
            "cnn", "guardian", "telegraph", "mail", "tv", "radio", "press", "tribune", "herald", "gazette",
            "daily", "newspaper", "agency", "wikinews", "broadcaster", "outlet", "magazine", "channel", "nbc",
            "abc", "cbs", "fox", "npr", "ap", "bloomberg", "xinhua", "tass", "yonhap", "kyodo", "media");
    private static final Set<String> GOVERNMENT = Set.of("white house", "kremlin", "ministry", "department",
            "government", "congress", "parliament", "senate", "house", "police", "council", "commission",
            "embassy", "administration", "court", "cabinet", "office", "army", "military", "navy", "pentagon",
            "state department", "executive", "legislature", "assembly", "authorities", "prosecutors", "eu",
            "european union", "un", "united nations", "nato", "fbi", "cia");
    private static final Set<String> ORGANIZATION = Set.of("inc", "corp", "company", "association", "foundation",
            "institute", "university", "party", "union", "group", "organization", "organisation", "archive",
            "library", "bank", "fund", "center", "centre", "society", "network", "forum", "rally", "nasa",
            "team", "study", "committee", "board", "firm", "club", "federation", "league", "coalition",
            "campaign", "movement", "laboratory", "lab", "agency", "notice", "report");
    private static final Set<String> CAPITALS = Set.of("washington", "moscow", "beijing", "london", "paris",
            "berlin", "tokyo", "seoul", "pyongyang", "kyiv", "kiev", "tehran", "ankara", "brussels", "jerusalem",
            "rome", "madrid", "delhi", "ottawa", "canberra", "damascus", "baghdad", "cairo", "athens", "warsaw",
            "minsk", "taipei", "havana", "caracas", "riyadh", "doha", "nicosia", "vilnius", "kabul", "islamabad");
    private static final Set<String> ANONYMOUS = Set.of("official", "officials", "source", "sources", "aide",
            "aides", "diplomat", "diplomats", "insider", "insiders", "spokesperson", "spokesman", "spokeswoman",
            "witness", "witnesses", "someone", "person", "people");
    private static final Set<String> CONNECT = Set.of("of", "de", "da", "van", "von", "bin", "al", "la", "le",
            "del", "der", "for", "and", "&", "the");

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
        String head = s;
        int comma = s.indexOf(',');
        String apposition = null;
        if (comma > 0) {
            head = s.substring(0, comma);
            apposition = s.substring(comma + 1).replaceAll("[,\\s]+$", "").strip();
        }
        List<String> words = words(head);
        int owner = possessorOfArtifact(words);
        if (owner >= 0) {
            words = List.of(words.get(owner).replaceAll("['’]s$", ""));
        }
        List<String> nameWords = personPart(words);
        int[] name = nameRun(nameWords);
        String nameText = name == null ? null : String.join(" ", nameWords.subList(name[0], name[1]));
        String role = roleBefore(nameWords, name);
        if ((role == null || role.isEmpty()) && apposition != null && !apposition.isEmpty()
                && Character.isLowerCase(apposition.charAt(0))) {
            role = apposition.replaceFirst("^(a|an|the) ", "");
        }
        if (apposition != null && (nameText == null || !nameText.contains(" ")) && !apposition.isEmpty()
                && Character.isUpperCase(apposition.charAt(0))) {
            List<String> aw = words(apposition);
            int[] an = nameRun(aw);
            if (an != null && an[1] - an[0] >= 2 && an[0] == 0) {
                nameText = String.join(" ", aw.subList(an[0], an[1]));
                role = head.replaceFirst("^(?i)(a|an|the) ", "");
                name = null;
            }
        }
        if (nameText == null && apposition != null) {
            List<String> aw = words(apposition);
            int[] an = nameRun(aw);
            if (an != null) {
                nameText = String.join(" ", aw.subList(an[0], an[1]));
                role = head.replaceFirst("^(?i)(a|an|the) ", "");
            }
        }
        String headNoun = headNoun(words);
        SpeakerKind kind = kind(lower, nameText, role, headNoun);
        if (nameText != null) {
            nameText = nameText.replaceAll("['’]s$", "");
        }
        if (kind != SpeakerKind.PERSON && nameText != null && owner < 0) {
            nameText = String.join(" ", trimDeterminer(words));
        }
        return new SourceMention(r, s, nameText, role == null || role.isBlank() ? null : role, headNoun, null, kind);
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
                return i + 1 < w.size() || w.size() == 1 ? i : -1;
            }
        }
        return -1;
    }

    /** "Ryan Cloutier of the Harvard–Smithsonian Center": a person's name comes before "of"/"at"/"from". */
    private static List<String> personPart(List<String> w) {
        int start = 0;
        for (int i = 0; i <= w.size(); i++) {
            if (i == w.size() || Set.of("of", "at", "from").contains(w.get(i))) {
                List<String> part = w.subList(start, i);
                int[] run = nameRun(part);
                if (run != null && run[1] - run[0] >= 2
                        && part.subList(run[0], run[1]).stream().noneMatch(MentionParser::isInstitutional)) {
                    return part;
                }
                start = i + 1;
            }
        }
        int cut = w.indexOf("of");
        if (cut > 0 && !orgLike(w.subList(0, cut)) && nameRun(w.subList(0, cut)) != null && !orgLike(w)) {
            return w.subList(0, cut);
        }
        return w;
    }

    private static boolean orgLike(List<String> w) {
        return w.stream().anyMatch(MentionParser::isInstitutional);
    }

    private static List<String> trimDeterminer(List<String> w) {
        return !w.isEmpty() && Set.of("the", "a", "an").contains(w.get(0).toLowerCase()) ? w.subList(1, w.size()) : w;
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[\\s()]+")) {
            String x = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
            if (!x.isEmpty()) {
                out.add(x);
            }
        }
        return out;
    }

    /** The person-name run: capitalised words after the last title in the last capitalised run. */
    private static int[] nameRun(List<String> w) {
        int end = -1;
        for (int i = w.size() - 1; i >= 0; i--) {
            if (Character.isUpperCase(w.get(i).codePointAt(0)) && !isTitle(w.get(i))) {
                end = i + 1;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int start = end - 1;
        while (start > 0 && isCap(w.get(start - 1)) && !isTitle(w.get(start - 1))
                && !w.get(start - 1).endsWith("'s") && !w.get(start - 1).endsWith("’s")) {
            start--;
        }
        while (start < end && (Set.of("The", "A", "An").contains(w.get(start))
                || CONNECT.contains(w.get(start).toLowerCase(Locale.ROOT)))) {
            start++;
        }
        return start < end ? new int[] {start, end} : null;
    }

    private static String roleBefore(List<String> w, int[] name) {
        int end = name == null ? w.size() : name[0];
        List<String> role = trimDeterminer(w.subList(0, end));
        return role.isEmpty() ? null : String.join(" ", role);
    }

    private static String headNoun(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            if (Set.of("of", "at", "for", "from", "in", "with").contains(w.get(i).toLowerCase()) && i > 0) {
                return w.get(i - 1).toLowerCase(Locale.ROOT);
            }
        }
        return w.isEmpty() ? null : w.get(w.size() - 1).toLowerCase(Locale.ROOT);
    }

    private static SpeakerKind kind(String lower, String name, String role, String head) {
        if (name != null) {
            List<String> nw = words(name.toLowerCase(Locale.ROOT));
            boolean institutional = nw.stream().anyMatch(x -> MEDIA.contains(x) || GOVERNMENT.contains(x)
                    || ORGANIZATION.contains(x));
            boolean titled = role != null && words(role.toLowerCase(Locale.ROOT)).stream().anyMatch(TITLES::contains);
            if (!institutional && (nw.size() >= 2 || titled) && !name.contains(" and ")
                    && !name.equals(name.toUpperCase(Locale.ROOT))) {
                return SpeakerKind.PERSON;
            }
        }
        List<String> lw = words(lower);
        for (String x : lw) {
            if (MEDIA.contains(x)) {
                return SpeakerKind.MEDIA;
            }
        }
        for (String g : GOVERNMENT) {
            if (lw.contains(g) || (g.contains(" ") && lower.contains(g))) {
                return SpeakerKind.GOVERNMENT_BODY;
            }
        }
        if (lw.size() <= 2 && lw.stream().anyMatch(CAPITALS::contains)) {
            return SpeakerKind.GOVERNMENT_BODY;
        }
        if (lw.stream().anyMatch(ORGANIZATION::contains) || (name != null && name.chars().anyMatch(Character::isDigit))
                || (name != null && name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT))
                && !name.contains(" ") && !TITLES.contains(name.toLowerCase(Locale.ROOT)))) {
            return SpeakerKind.ORGANIZATION;
        }
        if (head != null && ANONYMOUS.contains(head)) {
            return SpeakerKind.ANONYMOUS;
        }
        if (name == null) {
            return head != null && head.endsWith("s") && !head.endsWith("ss") ? SpeakerKind.GROUP : SpeakerKind.PERSON;
        }
        return name.contains(" and ") || lower.contains(" and ") ? SpeakerKind.GROUP : SpeakerKind.PERSON;
    }

    /** A word naming an institution, medium or organisation rather than a person. */
    static boolean isInstitutional(String w) {
        String x = w.toLowerCase(Locale.ROOT);
        return ORGANIZATION.contains(x) || GOVERNMENT.contains(x) || MEDIA.contains(x) || CAPITALS.contains(x);
    }

    static boolean isCap(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) || CONNECT.contains(w.toLowerCase());
    }

    static boolean isTitle(String w) {
        String x = w.toLowerCase(Locale.ROOT).replace(".", "");
        return TITLES.contains(x);
    }
}
