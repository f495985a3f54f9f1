package io.sourcemark.analysis;

import java.util.Locale;
import java.util.Set;

/** Word lists that tell what a source is: titles of persons, media, government bodies, organisations. */
final class SourceWords {

    private SourceWords() {
    }

    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
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
            "member", "mr.", "dr.", "broadcaster", "journalist", "reporter", "author", "economist", "analyst",
            "lawyer", "activist", "expert", "researcher", "historian", "novelist", "actor", "actress",
            "singer", "writer", "editor", "columnist", "commentator", "scholar", "physician", "doctor", "nurse",
            "engineer", "student", "teacher", "protester", "witness", "resident", "survivor", "candidate");

    static final Set<String> MEDIA = Set.of("times", "post", "news", "journal", "afp", "reuters", "bbc",
            "cnn", "guardian", "telegraph", "mail", "tv", "radio", "press", "tribune", "herald", "gazette",
            "daily", "newspaper", "agency", "wikinews", "broadcaster", "outlet", "magazine", "channel", "nbc",
            "abc", "cbs", "fox", "npr", "ap", "bloomberg", "xinhua", "tass", "yonhap", "kyodo", "media");

    static final Set<String> GOVERNMENT = Set.of("white house", "kremlin", "ministry", "department",
            "government", "congress", "parliament", "senate", "house", "police", "council", "commission",
            "embassy", "administration", "court", "cabinet", "office", "army", "military", "navy", "pentagon",
            "state department", "executive", "legislature", "assembly", "authorities", "prosecutors", "eu",
            "european union", "un", "united nations", "nato", "fbi", "cia");

    static final Set<String> ORGANIZATION = Set.of("inc", "corp", "company", "association", "foundation",
            "institute", "university", "party", "union", "group", "organization", "organisation", "archive",
            "library", "bank", "fund", "center", "centre", "society", "network", "forum", "rally", "nasa",
            "team", "study", "committee", "board", "firm", "club", "federation", "league", "coalition",
            "campaign", "movement", "laboratory", "lab", "agency", "notice", "report");

    static final Set<String> ANONYMOUS = Set.of("official", "officials", "source", "sources", "aide",
            "aides", "diplomat", "diplomats", "insider", "insiders", "spokesperson", "spokesman", "spokeswoman",
            "witness", "witnesses", "someone", "person", "people");

    /** Documents that carry words of their own ("the letter reads", "a statement calling …"). */
    static final Set<String> DOCUMENTS = Set.of("letter", "letters", "sign", "statement", "note", "message",
            "notice", "banner", "banners", "placard", "placards", "poster", "posters", "headline", "caption", "post",
            "tweet", "text", "inscription", "plaque", "email", "e-mail", "memo", "report", "order", "card",
            "leaflet", "leaflets", "flyer", "petition", "motion", "resolution", "label", "slogan", "sticker",
            "release", "filing", "complaint", "lawsuit", "ruling", "verdict", "document", "documents", "editorial",
            "column", "op-ed", "blog");

    static final Set<String> CONNECT = Set.of("of", "de", "da", "van", "von", "bin", "al", "la", "le",
            "del", "der", "for", "and", "&", "the");

    /** A word naming an institution, medium or organisation rather than a person. */
    static final Set<String> QUANTIFIERS = Set.of("one", "some", "many", "several", "two", "three", "four",
            "most", "all", "both", "none", "each", "either", "neither", "few", "others", "dozens", "hundreds");

    static boolean isInstitutional(String w) {
        String x = w.toLowerCase(Locale.ROOT);
        return ORGANIZATION.contains(x) || GOVERNMENT.contains(x) || MEDIA.contains(x) || Capitals.isCapital(x);
    }

    static boolean isTitle(String w) {
        String x = w.toLowerCase(Locale.ROOT).replace(".", "");
        return TITLES.contains(x);
    }
}
