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
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            Token t = tokens.get(i);
            words[i] = t.kind() == Token.Kind.QUOTE ? "\"" : t.text();
        }
        return tagger.get().tag(words);
    }

    /** The subject noun phrase at the start of a clause ("The State Department" in "… gave … and said"), or null. */
    int[] subjectAt(List<Token> t, int from, int to) {
        if (from >= to) {
            return null;
        }
        String[] tags = tag(t);
        int i = from;
        while (i < to && (tags[i].equals("PUNCT") || tags[i].equals("CCONJ") || tags[i].equals("ADV"))) {
            i++;
        }
        int start = i;
        if (i < to && tags[i].equals("PRON")) {
            return new int[] {i, i + 1};
        }
        while (i < to && (tags[i].equals("DET") || tags[i].equals("PROPN") || tags[i].equals("NOUN")
                || tags[i].equals("ADJ") || tags[i].equals("NUM") || tags[i].equals("PART")
                || (tags[i].equals("ADP") && t.get(i).is("of")) || (tags[i].equals("PUNCT") && t.get(i).isPunct('.')
                && i > start && MentionFinder.isAbbreviation(t.get(i - 1))))) {
            i++;
        }
        while (i > start && (tags[i - 1].equals("ADP") || tags[i - 1].equals("DET"))) {
            i--;
        }
        return i > start ? new int[] {start, i} : null;
    }
}
