package io.sourcemark.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cues that are nouns, with their owner as the source: "The council’s decision to close the pool has angered …",
 * "Council leader Ilona Ana’s claim that the building is “beyond economic repair” rests on …", "His insistence
 * that …"; a plural noun opening the sentence has no source ("Plans to pave over the green were dropped"). When
 * the noun phrase is the subject, the content ends before the main verb.
 */
final class NounCues {

    private static final Set<String> NOUNS = Set.of("decision", "claim", "claims", "pledge", "pledges", "promise",
            "promises", "announcement", "demand", "demands", "insistence", "plan", "plans", "vow", "threat",
            "warning", "call", "calls", "assertion", "belief", "hope", "hopes", "proposal", "offer", "refusal",
            "denial", "suggestion", "commitment", "intention", "admission", "accusation", "allegation", "argument",
            "conclusion", "finding", "prediction", "request", "recommendation", "bid", "determination", "fear",
            "fears", "expectation", "assurance", "assurances", "pronouncement", "statement", "contention",
            "insinuation", "acknowledgment", "acknowledgement", "resolve", "wish", "desire", "push",
            "attempt", "move", "order", "instruction", "instructions", "ruling", "verdict", "suspicion", "view",
            "opinion", "observation", "remark", "remarks", "boast", "complaint", "concession", "confirmation");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "my", "our");
    /** Plural nouns that open a sentence as a cue without a source ("Plans to …", "Calls for …"). */
    private static final Set<String> BARE_OPENERS = Set.of("plans", "claims", "calls", "demands", "hopes", "fears",
            "promises", "pledges", "threats", "warnings", "proposals", "allegations", "accusations", "suggestions");
    private static final Set<String> NP_STOPS = Set.of("of", "in", "on", "at", "for", "with", "by", "from", "to",
            "and", "or", "but", "that", "as", "after", "before", "since", "about", "into", "over", "under");
    /** Tokens of the content tagged to find the main verb. */
    private static final int TAGGED = 40;

    private final PosTagger pos;

    NounCues(PosTagger pos) {
        this.pos = pos;
    }

    /** The first noun-cue attribution of the sentence, or null. */
    Draft match(List<Token> t) {
        for (int i = 0; i + 2 < t.size(); i++) {
            Token noun = t.get(i);
            String w = noun.lower();
            if (!noun.isWord() || !NOUNS.contains(w)) {
                continue;
            }
            Token next = t.get(i + 1);
            if (!(next.is("to") && t.get(i + 2).isWord() && !t.get(i + 2).isCapitalized() || next.is("that"))) {
                continue;
            }
            int owner = i - 1;
            int sourceFrom;
            if (CueSenses.pluralPossessive(t, owner)) {
                sourceFrom = ownerStart(t, owner - 1);
            } else if (owner >= 0 && possessive(t.get(owner))) {
                sourceFrom = ownerStart(t, owner);
            } else if (i == 0 && BARE_OPENERS.contains(w)) {
                sourceFrom = -1;
            } else {
                continue;
            }
            boolean subject = sourceFrom <= 0;
            int from = i + 1;
            int end = subject ? beforeMainVerb(t, from) : CueAdjuncts.contentEnd(t, from);
            Draft d = new ContentShaper().shape(t, from, end, true);
            if (d == null) {
                continue;
            }
            d.source = sourceFrom < 0 ? null : ClauseAttributor.range(t, new int[] {sourceFrom, i});
            d.cue = ClauseAttributor.range(t, new int[] {i, i + 1});
            return d;
        }
        return null;
    }

    private static boolean possessive(Token t) {
        String w = t.lower();
        return t.isWord() && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’")
                || POSSESSIVE_PRONOUNS.contains(w));
    }

    /** "Council leader Ilona Ana’s", "The Adeyemi council’s", "Transport minister Odile Sanne’s". */
    private static int ownerStart(List<Token> t, int owner) {
        if (POSSESSIVE_PRONOUNS.contains(t.get(owner).lower())) {
            return owner;
        }
        int from = owner;
        while (from > 0 && t.get(from - 1).isWord() && from > owner - 6) {
            String w = t.get(from - 1).lower();
            if (NP_STOPS.contains(w) || InnerCue.isFinite(w) || CueFinder.AUXILIARIES.contains(w)
                    || !t.get(from - 1).isCapitalized() && !SourceWords.isTitle(w) && !Set.of("the", "a", "an")
                    .contains(w) && !(from - 1 > 0 && t.get(from - 2).isCapitalized())) {
                break;
            }
            from--;
        }
        return from;
    }

    /** The content of a subject noun phrase ends before the sentence's main verb ("… to close the pool | has …"). */
    private int beforeMainVerb(List<Token> t, int from) {
        int to = Math.min(t.size(), from + TAGGED);
        PosTagger.Tags tags = pos.tag(t, from, to);
        boolean clauseVerb = false;
        boolean inGroup = false;
        boolean mainVerb = false;
        for (int i = from + 1; i < to; i++) {
            String tag = tags.at(i);
            boolean verb = tag.equals("VERB") || tag.equals("AUX");
            if (verb && !clauseVerb) {
                clauseVerb = true;
                inGroup = true;
                mainVerb = tag.equals("VERB");
                continue;
            }
            if (verb && clauseVerb && !inGroup) {
                String prev = tags.at(i - 1);
                if (!prev.equals("DET") && !prev.equals("ADJ") && !prev.equals("PART") && !t.get(i - 1).is("to")) {
                    return i;
                }
            }
            // "be restored first | has gone": an adverb after the main verb closes the group
            inGroup = verb || inGroup && !mainVerb && (tag.equals("ADV") || tag.equals("PART"));
            mainVerb = inGroup && (mainVerb || tag.equals("VERB"));
        }
        return CueAdjuncts.contentEnd(t, from);
    }
}
