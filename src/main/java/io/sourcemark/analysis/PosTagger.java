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

    String[] tag(List<Token> tokens) {
        return tag(tokens, 0, tokens.size());
    }

    /** Tags of tokens [from, to), in an array as long as the token list (other entries empty). */
    String[] tag(List<Token> tokens, int from, int to) {
        from = Math.max(0, from);
        to = Math.min(tokens.size(), to);
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            words[i - from] = t.kind() == Token.Kind.QUOTE ? "\"" : t.text();
        }
        String[] tags = tagger.get().tag(words);
        String[] out = new String[tokens.size()];
        java.util.Arrays.fill(out, "");
        System.arraycopy(tags, 0, out, from, tags.length);
        return out;
    }

    /**
     * The subject noun phrase of the clause starting at from ("The State Department" in "… gave … and said"),
     * skipping an introductory phrase ("Since then, a Republican, Mark Amodei, has …"), or null.
     */
    int[] subjectAt(List<Token> t, int from, int to) {
        if (from >= to) {
            return null;
        }
        String[] tags = tag(t);
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

    private static int[] nounPhrase(List<Token> t, String[] tags, int from, int to) {
        int i = from;
        while (i < to && (tags[i].equals("PUNCT") || tags[i].equals("CCONJ") || tags[i].equals("ADV"))) {
            i++;
        }
        int start = i;
        if (i < to && tags[i].equals("PRON")) {
            return new int[] {i, i + 1};
        }
        i = nominals(t, tags, i, to);
        while (i > start && (tags[i - 1].equals("ADP") || tags[i - 1].equals("DET"))) {
            i--;
        }
        if (i == start || (i < to && !isVerb(tags[i]) && !t.get(i).isPunct(','))) {
            return null;
        }
        if (i + 1 < to && t.get(i).isPunct(',') && tags[i + 1].equals("PROPN")) {
            int j = nominals(t, tags, i + 1, to);
            if (j < to && t.get(j).isPunct(',')) {
                i = j + 1;
            }
        }
        return new int[] {start, i};
    }

    private static int nominals(List<Token> t, String[] tags, int i, int to) {
        int start = i;
        while (i < to && (tags[i].equals("DET") || tags[i].equals("PROPN") || tags[i].equals("NOUN")
                || tags[i].equals("ADJ") || tags[i].equals("NUM") || tags[i].equals("PART")
                || (tags[i].equals("ADP") && t.get(i).is("of")) || (tags[i].equals("PUNCT") && t.get(i).isPunct('.')
                && i > start && MentionFinder.isAbbreviation(t.get(i - 1))))) {
            i++;
        }
        return i;
    }

    private static boolean isVerb(String tag) {
        return tag.equals("VERB") || tag.equals("AUX");
    }
}
