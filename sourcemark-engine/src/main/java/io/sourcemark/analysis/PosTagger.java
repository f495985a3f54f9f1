package io.sourcemark.analysis;

import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/** Universal part-of-speech tags for the tokens of one sentence, used only where a decision needs them. */
final class PosTagger {

    private final ThreadLocal<POSTaggerME> tagger;

    PosTagger(POSModel model) {
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(model));
    }

    /** Tags of a window of tokens; "" outside it. */
    record Tags(int from, String[] tags) {
        String at(int i) {
            int k = i - from;
            return k >= 0 && k < tags.length ? tags[k] : "";
        }
    }

    /** Tags of tokens [from, to) only, so tagging costs what the window holds, not the sentence. */
    Tags tag(List<Token> tokens, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(tokens.size(), to);
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            words[i - from] = t.kind() == Token.Kind.QUOTE ? "\"" : t.text();
        }
        return new Tags(from, tagger.get().tag(words));
    }

    /**
     * The subject noun phrase of the clause starting at from ("The State Department" in "… gave … and said"),
     * skipping an introductory phrase ("Since then, a Republican, Mark Ferraz, has …"), or null.
     */
    int[] subjectAt(List<Token> t, int from, int to) {
        if (from >= to) {
            return null;
        }
        to = Math.min(to, from + 40);
        Tags tags = tag(t, from, to);
        int commas = 0;
        for (int i = from; i < to && commas < 3; i++) {
            int[] np = nounPhrase(t, tags, i, to);
            if (np != null) {
                return np;
            }
            while (i < to && !t.get(i).isPunct(',')) {
                i++;
            }
            commas++;
        }
        return null;
    }

    private static int[] nounPhrase(List<Token> t, Tags tags, int from, int to) {
        int i = from;
        while (i < to && (tags.at(i).equals("PUNCT") || tags.at(i).equals("CCONJ") || tags.at(i).equals("ADV"))) {
            i++;
        }
        int start = i;
        if (i < to && tags.at(i).equals("PRON")) {
            return new int[] {i, i + 1};
        }
        i = nominals(t, tags, i, to);
        while (i > start && (tags.at(i - 1).equals("ADP") || tags.at(i - 1).equals("DET"))) {
            i--;
        }
        if (i == start || (i < to && !isVerb(tags.at(i)) && !t.get(i).isPunct(','))) {
            return null;
        }
        if (i + 1 < to && t.get(i).isPunct(',') && tags.at(i + 1).equals("PROPN")) {
            int j = nominals(t, tags, i + 1, to);
            if (j < to && t.get(j).isPunct(',')) {
                i = j + 1;
            }
        }
        return new int[] {start, i};
    }

    private static int nominals(List<Token> t, Tags tags, int i, int to) {
        int start = i;
        while (i < to && (tags.at(i).equals("DET") || tags.at(i).equals("PROPN") || tags.at(i).equals("NOUN")
                || tags.at(i).equals("ADJ") || tags.at(i).equals("NUM") || tags.at(i).equals("PART")
                || (tags.at(i).equals("ADP") && t.get(i).is("of"))
                || (tags.at(i).equals("PUNCT") && t.get(i).isPunct('.')
                && i > start && MentionFinder.isAbbreviation(t.get(i - 1))))) {
            i++;
        }
        return i;
    }

    private static boolean isVerb(String tag) {
        return tag.equals("VERB") || tag.equals("AUX");
    }
}
