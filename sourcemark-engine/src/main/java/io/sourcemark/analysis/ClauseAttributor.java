package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns the cues of one sentence into attributions: source, cue and content, by the sentence patterns
 * "X said (that) …", "“…,” X said", "“…,” said X", "…, according to X", "According to X, …",
 * "X told Y that …",
 * ", adding that …" and "… but denied that …". A cue inside another attribution's content is nested and left out.
 */
final class ClauseAttributor {

    
    
    

    private static final Set<String> NOT_SOURCES = Set.of("that", "to", "in", "on", "at", "by", "with", "for",
            "of", "about", "as", "when", "while", "after", "before", "and", "but", "if", "because", "so");

    private static final Set<String> INVERSION_VERBS = Set.of("say", "add", "report", "write", "tweet",
            "continue", "explain", "ask", "note", "insist", "warn", "claim", "argue", "recall", "reply", "tell");

    /** Marks "the clause subject was looked for and not found" in the per-sentence cache. */
    private static final TextRange NONE = new TextRange(0, 0);

    private final ContentShaper shaper = new ContentShaper();
    private final PosTagger pos;

    ClauseAttributor(PosTagger pos) {
        this.pos = pos;
    }

    List<Draft> attribute(List<Token> t, List<CueMatch> cues, int paragraph) {
        List<Draft> out = new ArrayList<>();
        if (cues.isEmpty()) {
            return out;
        }
        CueMatch lastCue = cues.get(cues.size() - 1);
        Draft outer = postposedAtEnd(t, lastCue, cues);
        if (outer != null) {
            outer.paragraph = paragraph;
            out.add(outer);
            return out;
        }
        int lo = 0;
        TextRange[] clauseSubject = new TextRange[1];
        int[] prevContent = null;
        boolean prevNests = false;
        TextRange prevSource = null;
        for (int k = 0; k < cues.size(); k++) {
            CueMatch c = cues.get(k);
            if (prevSource != null && prevSource.contains(t.get(c.verb()).start())) {
                continue;
            }
            if (prevContent != null && c.verb() >= prevContent[0] && c.verb() < prevContent[1]) {
                if (prevNests && c.verb() < tokenAt(t, out.get(out.size() - 1).end())) {
                    continue;
                }
                int cut = Coordination.coordinationPoint(t, c, prevContent[0]);
                if (cut < 0) {
                    continue;
                }
                Draft prev = out.get(out.size() - 1);
                Draft trimmed = shaper.shape(t, prevContent[0], cut, prev.speech);
                if (trimmed != null) {
                    trimmed.source = prev.source;
                    trimmed.cue = prev.cue;
                    trimmed.paragraph = paragraph;
                    out.set(out.size() - 1, trimmed);
                } else {
                    out.remove(out.size() - 1);
                }
                lo = cut;
            }
            int nextCue = k + 1 < cues.size() ? cues.get(k + 1).first() : t.size();
            Built b = build(t, c, lo, prevSource, clauseSubject, nextCue);
            if (b == null) {
                continue;
            }
            b.draft.paragraph = paragraph;
            out.add(b.draft);
            prevContent = b.content;
            prevNests = b.nests;
            prevSource = b.draft.source;
            lo = Math.max(lo, b.content[1]);
        }
        return out;
    }

    /** A draft and the token range of its content; nests: later cues inside the content are nested in it. */
    private record Built(Draft draft, int[] content, boolean nests) {
        Built(Draft draft, int[] content) {
            this(draft, content, false);
        }
    }

    /** ", Cyprus Mail reported." or ", he said." closing the sentence: the whole sentence is its content. */
    private Draft postposedAtEnd(List<Token> t, CueMatch c, List<CueMatch> cues) {
        if (c.accordingTo() || c.participle() || cues.size() < 2) {
            return null;
        }
        int rest = CueAdjuncts.skipAdjuncts(t, c);
        if (!CueAdjuncts.atEnd(t, rest)) {
            return null;
        }
        int[] subj = MentionFinder.subjectBefore(t, c.first(), 0);
        if (subj == null || subj[0] < 2 || !t.get(subj[0] - 1).isPunct(',') && !endsWithComma(t.get(subj[0] - 1))) {
            return null;
        }
        int end = t.get(subj[0] - 1).isPunct(',') ? subj[0] - 1 : subj[0];
        Draft d = shaper.shape(t, 0, end, c.entry().speech());
        if (d == null) {
            return null;
        }
        d.source = range(t, subj);
        d.cue = CueAdjuncts.cueRange(t, c, c.last() + 1);
        return d;
    }

    private Built build(List<Token> t, CueMatch c, int lo, TextRange prevSource, TextRange[] clauseSubject,
                        int nextCue) {
        int n = t.size();
        int before = c.first() - 1;
        if (c.accordingTo()) {
            int[] parts = AccordingTo.parts(t, c, lo);
            if (parts == null) {
                return null;
            }
            Built b = make(t, c, parts[0], parts[1], parts[3] > parts[2] ? new int[] {parts[2], parts[3]} : null,
                    parts[4]);
            if (b != null) {
                b.draft.cue = ClauseAttributor.range(t, new int[] {c.first(), parts[4]});
            }
            return b;
        }
        boolean afterQuoteOrComma = before >= lo && (t.get(before).kind() == Token.Kind.QUOTE
                || (t.get(before).isPunct(',') && before > lo));
        boolean quoteThenWord = before >= lo && t.get(before).kind() == Token.Kind.QUOTE && c.last() + 1 < n
                && t.get(c.last() + 1).isWord() && !NOT_SOURCES.contains(t.get(c.last() + 1).lower());
        int[] inverted = afterQuoteOrComma && c.last() + 1 < n && (startsPhrase(t.get(c.last() + 1)) || quoteThenWord)
                && !c.participle() ? MentionFinder.phraseAfter(t, c.last() + 1, n) : null;
        if (inverted != null && t.get(before).isPunct(',') && !invertedAfterComma(t, c, lo, inverted)) {
            inverted = null;
        }
        if (inverted != null && !(inverted[1] < n && t.get(inverted[1]).kind() == Token.Kind.QUOTE)) {
            int[] src = inverted;
            int contentEnd = t.get(before).isPunct(',') ? before : before + 1;
            Built b = make(t, c, lo, contentEnd, src, c.last() + 1);
            if (b != null && src != null) {
                shaper.addTrailingQuotes(t, src[1], b.draft, nextCue);
            }
            return b;
        }
        if (PassiveCue.isPassive(t, c)) {
            Draft d = PassiveCue.build(t, c, lo, CueAdjuncts.cueRange(t, c, c.last() + 1));
            // "The attacker is reported to have jumped on stage … and claimed …": the claim is nested
            return d == null ? null : new Built(d, new int[] {lo, n}, d.fragments.size() > 1);
        }
        boolean coordinated = c.first() > lo && (t.get(c.first() - 1).is("and") || t.get(c.first() - 1).is("but")
                || t.get(c.first() - 1).is("or"));
        int[] subj = c.participle() || coordinated ? null : MentionFinder.subjectBefore(t, c.first(), lo);
        boolean expletive = subj != null && subj[1] - subj[0] == 1 && t.get(subj[0]).is("it")
                && (Stances.impersonal(c) || Set.of("seem", "appear").contains(c.entry().lemma()));
        TextRange source = subj != null && !expletive ? range(t, subj) : null;
        int[] document = c.participle() ? documentBefore(t, c.first(), lo) : null;
        if (document != null) {
            // "Moreau issued a statement calling the suspension …": the statement says it
            source = range(t, document);
        }
        if (source == null && c.participle() && c.first() > lo
                && CueSenses.beforeGerund(t.get(c.first() - 1))) {
            // "X was suspended on Monday after saying that …": the subject of the verb before the preposition
            int[] near = MentionFinder.subjectOfVerbBefore(t, c.first() - 1, lo);
            source = near == null ? null : range(t, near);
        }
        if (source == null && (c.participle() || isCoordinated(t, c, lo))) {
            source = prevSource;
            if (source == null && c.first() > 0) {
                if (clauseSubject[0] == null) {
                    int[] found = pos.subjectAt(t, 0, c.first());
                    clauseSubject[0] = found == null ? NONE : range(t, found);
                }
                source = clauseSubject[0] == NONE ? null : clauseSubject[0];
            }
        }
        int rest = CueAdjuncts.skipAdjuncts(t, c);
        TextRange cue = CueAdjuncts.cueRange(t, c, rest);
        if (subj != null) {
            int[] main = AsClause.mainClause(t, subj[0], rest, lo);
            if (main != null) {
                // "…, as police have said since Tuesday", "As the farmer told magistrates, …"
                Draft d = shaper.shape(t, main[0], main[1], c.entry().speech());
                if (d == null) {
                    return null;
                }
                d.source = source;
                d.cue = cue;
                return new Built(d, main);
            }
        }
        int contentEnd = subj != null ? subj[0] : c.first();
        if (contentEnd > lo && t.get(contentEnd - 1).isPunct(',')) {
            contentEnd--;
        }
        boolean nothingBefore = !Coordination.hasWords(t, lo, contentEnd);
        boolean quoteBefore = contentEnd > lo && t.get(contentEnd - 1).kind() == Token.Kind.QUOTE;
        boolean separated = subj != null && subj[0] > lo && (t.get(subj[0] - 1).isPunct(',')
                || t.get(subj[0] - 1).kind() == Token.Kind.QUOTE || t.get(subj[0] - 1).isPunct(':'));
        boolean closes = CueAdjuncts.atEnd(t, rest) || quoteBefore && Coordination.onlyAdjuncts(t, rest)
                || Coordination.followedByCoordinatedCue(t, rest);
        // "“…,” Marlowe said on Tuesday at a town hall …": a quotation before its speaker is the content, whatever
        // adjuncts follow the cue
        boolean quoteLed = quoteBefore && separated && onlyQuotes(t, lo, contentEnd) && !clauseAfter(t, rest);
        if (!nothingBefore && separated && (closes || quoteLed || (quoteBefore && rest < n
                && t.get(rest).isPunct(',') && rest + 1 < n && t.get(rest + 1).kind() == Token.Kind.QUOTE))) {
            Draft d = shaper.shape(t, lo, contentEnd, c.entry().speech());
            if (d == null) {
                return null;
            }
            d.source = source;
            d.cue = cue;
            shaper.addTrailingQuotes(t, rest, d, nextCue);
            return new Built(d, new int[] {lo, contentEnd});
        }
        int from = rest;
        while (from < n && (t.get(from).isPunct(',') || t.get(from).isPunct(':'))) {
            from++;
        }
        int end = CueAdjuncts.contentEnd(t, from);
        if (!nothingBefore && separated && from > rest && InnerCue.continues(t, lo, contentEnd, from)) {
            // "The first repair, the mayor said, would start in May.": the cue interrupts its content
            Draft d = shaper.shapeSplit(t, lo, contentEnd, from, end, c.entry().speech());
            if (d != null) {
                d.source = source;
                d.cue = cue;
                return new Built(d, new int[] {lo, end});
            }
        }
        int[] object = ObjectContent.shape(t, c, from, end);
        if (object == null) {
            return null;
        }
        from = object[0];
        end = object[1];
        Draft d = shaper.shape(t, from, end, c.entry().speech());
        if (d == null) {
            return null;
        }
        d.source = source;
        d.cue = cue;
        return new Built(d, new int[] {from, end});
    }

    private Built make(List<Token> t, CueMatch c, int from, int to, int[] src, int cueEnd) {
        Draft d = shaper.shape(t, from, to, c.entry().speech());
        if (d == null) {
            return null;
        }
        d.source = src == null ? null : range(t, src);
        d.cue = CueAdjuncts.cueRange(t, c, cueEnd);
        return new Built(d, new int[] {from, to});
    }

    /** ", said X." after a paraphrase, unlike "X, deputy director of …, said the project …". */
    private static boolean invertedAfterComma(List<Token> t, CueMatch c, int lo, int[] phrase) {
        int[] subj = MentionFinder.subjectBefore(t, c.first(), lo);
        if (subj != null && subj[0] <= lo + 1) {
            return false;
        }
        int end = phrase[1];
        if (end - phrase[0] > (t.get(phrase[0]).isCapitalized() ? 25 : 10)) {
            return false;
        }
        if (end + 1 < t.size() && t.get(end).isPunct(',') && end - phrase[0] <= 6 && c.first() == c.verb()
                && INVERSION_VERBS.contains(c.entry().lemma())) {
            return true;
        }
        return CueAdjuncts.atEnd(t, end) || (end + 1 < t.size() && t.get(end).isPunct(',')
                && (t.get(end + 1).kind() == Token.Kind.QUOTE || t.get(end + 1).is("who")));
    }

    

    /** "a statement", "a letter to the council": the document right before a participle cue, or null. */
    private static int[] documentBefore(List<Token> t, int cue, int lo) {
        int head = cue - 1;
        if (head <= lo || !t.get(head).isWord()
                || !SourceWords.DOCUMENTS.contains(t.get(head).lower())) {
            return null;
        }
        int from = head;
        while (from > lo && t.get(from - 1).isWord() && !t.get(from - 1).isCapitalized()
                && head - from < 3 && !CueFinder.AUXILIARIES.contains(t.get(from - 1).lower())
                && lexiconFree(t.get(from - 1))) {
            from--;
        }
        return new int[] {from, head + 1};
    }

    private static boolean lexiconFree(Token t) {
        String w = t.lower();
        return !w.endsWith("ed") && !w.endsWith("ing");
    }

    /** Index of the token that ends at or contains offset end. */
    private static int tokenAt(List<Token> t, int end) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).end() >= end) {
                return i + 1;
            }
        }
        return t.size();
    }

    /** A quotation closed on a comma (“…,”) ends the clause before a closing attribution. */
    private static boolean endsWithComma(Token quote) {
        String q = quote.text();
        return quote.kind() == Token.Kind.QUOTE && q.length() > 2 && q.charAt(q.length() - 2) == ',';
    }

    private static boolean onlyQuotes(List<Token> t, int from, int to) {
        boolean quote = false;
        for (int i = from; i < to; i++) {
            if (t.get(i).isWord()) {
                return false;
            }
            quote |= t.get(i).kind() == Token.Kind.QUOTE;
        }
        return quote;
    }

    /** A that-clause or a colon after the cue is content of its own ("“…,” he said, and told them that …"). */
    private static boolean clauseAfter(List<Token> t, int i) {
        return i < t.size() && (t.get(i).is("that") || t.get(i).isPunct(':'));
    }

    private static boolean startsPhrase(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.lower();
        return t.isCapitalized() || Set.of("the", "a", "an", "he", "she", "they", "it", "we", "i", "one", "some",
                "former", "police", "officials", "his", "her", "their").contains(w);
    }

    private static boolean isCoordinated(List<Token> t, CueMatch c, int lo) {
        int b = c.first() - 1;
        return b >= lo && (t.get(b).is("but") || t.get(b).is("and") || t.get(b).isPunct(','));
    }

    static TextRange range(List<Token> t, int[] r) {
        return new TextRange(t.get(r[0]).start(), t.get(r[1] - 1).end());
    }
}
