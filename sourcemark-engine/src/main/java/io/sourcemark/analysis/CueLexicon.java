package io.sourcemark.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reporting verbs in every tense, each marked as an act of communication (said, told) or not (believes, found).
 * Forms are generated from the base form with English spelling rules; irregular forms are listed.
 */
final class CueLexicon {

    /** How a cue verb takes its content: a clause or object after it, or an addressee first (told X that). */
    enum Frame { CLAUSE, ADDRESSEE }

    record Entry(String lemma, boolean speech, Frame frame) {}

    private static final List<String> SPEECH = List.of(
            "say", "add", "warn", "acknowledge", "denounce", "announce", "insist", "claim", "deny", "write",
            "tweet", "post", "state", "explain", "note", "remark", "comment", "continue", "reply", "respond",
            "answer", "argue", "assert", "confirm", "declare", "describe", "emphasize", "emphasise", "stress",
            "report", "reveal", "disclose", "admit", "concede", "recall", "recount", "reiterate", "reaffirm",
            "reassert", "underline", "underscore", "predict", "promise", "pledge", "vow", "threaten", "demand",
            "request", "complain", "criticize", "criticise", "condemn", "praise", "hail", "mention", "observe",
            "allege", "testify", "caution", "agree", "propose", "recommend", "question", "characterize",
            "characterise", "dismiss", "highlight", "outline", "contend", "maintain", "speculate", "quip",
            "joke", "proclaim", "affirm", "elaborate", "clarify", "lament", "boast", "acknowledge",
            "counter", "retort", "echo", "estimate", "tell", "inform", "urge", "ask", "remind",
            "assure", "advise", "notify", "accuse", "call", "refuse", "decline", "identify", "project",
            "subpoena", "order", "reject", "request", "challenge", "cite", "spell",
            // voice and presentation
            "shout", "yell", "chant", "scream", "exclaim", "whisper", "mutter", "publish", "detail", "discuss",
            "read",
            // criticism and characterisation frames
            "blast", "slam", "liken", "compare", "brand", "label", "dub", "lambast", "lambaste", "decry", "deride",
            "applaud", "commend", "blame", "apologise", "apologize", "offer", "nickname", "attack");

    private static final List<String> ADDRESSEE = List.of(
            "tell", "inform", "urge", "ask", "remind", "assure", "advise", "notify", "accuse", "warn", "obligate",
            "oblige", "compel", "require", "allow", "permit", "authorise", "authorize", "forbid");

    /** Addressee verbs whose addressee is an obligee: it is left out only before "to" ("obligates the town to"). */
    static final java.util.Set<String> OBLIGATIONS = java.util.Set.of("obligate", "oblige", "compel", "require",
            "allow", "permit", "authorise", "authorize", "forbid");

    private static final List<String> NON_SPEECH = List.of(
            "believe", "think", "consider", "feel", "fear", "hope", "expect", "find", "conclude", "show",
            "indicate", "plan", "intend", "want", "decide", "rule", "learn", "determine", "deduce", "calculate",
            "envision", "envisage", "suppose", "assume", "doubt", "worry", "reckon", "predict", "suspect",
            "demonstrate", "prove", "suggest", "support", "oppose", "prefer", "favor", "favour", "endorse",
            // cognition and evaluation
            "seem", "appear", "see", "know", "view", "recognise", "recognize", "realise", "realize", "understand",
            "anticipate", "foresee", "imagine", "wonder", "deem",
            // intention, support, permission and decree
            "seek", "need", "aim", "back", "sponsor", "champion", "sign", "approve", "require", "allow", "permit",
            "obligate", "oblige", "compel", "authorise", "authorize", "grant", "forbid", "ban");

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("say", "said"), Map.entry("tell", "told"), Map.entry("write", "wrote written"),
            Map.entry("think", "thought"), Map.entry("feel", "felt"), Map.entry("find", "found"),
            Map.entry("learn", "learnt"), Map.entry("deny", "denied denies"), Map.entry("reply", "replied replies"),
            Map.entry("testify", "testified testifies"), Map.entry("clarify", "clarified clarifies"),
            Map.entry("identify", "identified identifies"), Map.entry("notify", "notified notifies"),
            Map.entry("prove", "proven"), Map.entry("echo", "echoes echoed"), Map.entry("show", "shown"),
            Map.entry("speak", "spoke spoken"), Map.entry("see", "saw seen"), Map.entry("know", "knew known"),
            Map.entry("seek", "sought"), Map.entry("read", "reads"), Map.entry("understand", "understood"),
            Map.entry("foresee", "foresaw foreseen"), Map.entry("forbid", "forbade forbidden"),
            Map.entry("ban", "banned banning"), Map.entry("label", "labelled labelling"),
            Map.entry("oblige", "obliged"));

    /** Regular forms that would be other words ("seed" is not the past of "see"). */
    private static final java.util.Set<String> NOT_FORMS = java.util.Set.of("seed", "readed", "knowed", "seeked",
            "understanded", "foreseed", "forbidded");

    private final Map<String, Entry> forms = new HashMap<>();

    CueLexicon() {
        for (String lemma : NON_SPEECH) {
            addAll(lemma, false);
        }
        for (String lemma : SPEECH) {
            addAll(lemma, true);
        }
    }

    /** The entry for a word form such as "said", "acknowledges" or "warning", if it is a reporting verb. */
    Optional<Entry> lookup(String word) {
        return Optional.ofNullable(forms.get(word.toLowerCase(Locale.ROOT)));
    }

    /** The entry for a token, by its lower-case form. */
    Optional<Entry> lookup(Token token) {
        return Optional.ofNullable(forms.get(token.lower()));
    }

    private void addAll(String lemma, boolean speech) {
        Entry e = new Entry(lemma, speech, ADDRESSEE.contains(lemma) ? Frame.ADDRESSEE : Frame.CLAUSE);
        for (String f : inflect(lemma)) {
            if (!NOT_FORMS.contains(f)) {
                forms.put(f, e);
            }
        }
        String irregular = IRREGULAR.get(lemma);
        if (irregular != null) {
            for (String f : irregular.split(" ")) {
                forms.put(f, e);
            }
        }
    }

    static List<String> inflect(String lemma) {
        String stem = lemma;
        String s;
        String ed;
        String ing;
        if (lemma.endsWith("ee")) {
            s = lemma + "s";
            ed = lemma + "d";
            ing = lemma + "ing";
        } else if (lemma.endsWith("e")) {
            stem = lemma.substring(0, lemma.length() - 1);
            s = lemma + "s";
            ed = stem + "ed";
            ing = stem + "ing";
        } else if (lemma.endsWith("y") && !isVowel(lemma.charAt(lemma.length() - 2))) {
            stem = lemma.substring(0, lemma.length() - 1);
            s = stem + "ies";
            ed = stem + "ied";
            ing = lemma + "ing";
        } else if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")) {
            s = lemma + "es";
            ed = lemma + "ed";
            ing = lemma + "ing";
        } else if (doublesFinal(lemma)) {
            char last = lemma.charAt(lemma.length() - 1);
            s = lemma + "s";
            ed = lemma + last + "ed";
            ing = lemma + last + "ing";
        } else {
            s = lemma + "s";
            ed = lemma + "ed";
            ing = lemma + "ing";
        }
        return List.of(lemma, s, ed, ing);
    }

    private static boolean doublesFinal(String w) {
        return List.of("admit", "quip", "regret", "commit").contains(w)
                || (w.length() <= 4 && w.length() >= 3 && !isVowel(w.charAt(w.length() - 1))
                && isVowel(w.charAt(w.length() - 2)) && !isVowel(w.charAt(w.length() - 3))
                && "wxy".indexOf(w.charAt(w.length() - 1)) < 0);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
