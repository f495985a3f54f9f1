package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features of one sentence for the check-worthiness model: its words and word pairs, the word classes of
 * {@link ClaimLexicon} inside and outside quoted or reported speech, the shape of its numbers and names, how much of
 * it is quoted, by which cue and by what kind of speaker, how many of its clauses state a fact and how many an
 * opinion, questions, and layout (headings, contact lines, the lead).
 */
final class ClaimFeatures {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Words of the lexicon that make a clause a statement of fact, and those that make it opinion or outlook. */
    private static final Set<ClaimLexicon.Group> FACTUAL = Set.of(ClaimLexicon.Group.NUMBER,
            ClaimLexicon.Group.EVENT, ClaimLexicon.Group.LEGAL, ClaimLexicon.Group.COMPARISON,
            ClaimLexicon.Group.CAUSE);
    private static final Set<ClaimLexicon.Group> VIEW = Set.of(ClaimLexicon.Group.OPINION,
            ClaimLexicon.Group.FEELING, ClaimLexicon.Group.FUTURE, ClaimLexicon.Group.MODAL, ClaimLexicon.Group.HEDGE);
    /** Words that start a new clause, besides commas, semicolons, colons and dashes. */
    private static final Set<String> CLAUSE_WORDS = Set.of("but", "and", "while", "which", "because");

    private final ClaimLexicon lexicon;

    ClaimFeatures(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The features of each sentence. */
    List<List<String>> of(ClaimContext c, List<TextRange> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (TextRange s : sentences) {
            out.add(of(c, s));
        }
        return out;
    }

    List<String> of(ClaimContext c, TextRange s) {
        String text = c.text();
        List<String> f = new ArrayList<>();
        List<Token> tokens = Tokenizer.tokens(text, s.start(), s.end(), List.of());
        List<TextRange> speech = speech(c, s, f);
        Map<ClaimLexicon.Group, Integer> inSpeech = new EnumMap<>(ClaimLexicon.Group.class);
        Map<ClaimLexicon.Group, Integer> outside = new EnumMap<>(ClaimLexicon.Group.class);
        String prev = "^";
        int words = 0;
        int capitals = 0;
        int digits = 0;
        int sp = 0;
        Clauses clauses = new Clauses();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Set<ClaimLexicon.Group> classes = t.isWord() ? lexicon.of(ClaimLexicon.lower(t.text())) : Set.of();
            clauses.add(t, classes);
            // a capitalised word inside the sentence is a name: its shape counts, not which name it is
            String w = i > 0 && t.isCapitalized() ? "#Cap" : word(t);
            if (t.isWord()) {
                words++;
                if (i > 0 && t.isCapitalized()) {
                    capitals++;
                }
                if (Character.isDigit(t.text().charAt(0))) {
                    digits++;
                }
                while (sp < speech.size() && speech.get(sp).end() <= t.start()) {
                    sp++;
                }
                boolean spoken = sp < speech.size() && speech.get(sp).start() <= t.start();
                for (ClaimLexicon.Group g : classes) {
                    (spoken ? inSpeech : outside).merge(g, 1, Integer::sum);
                }
            } else if (t.text().equals("$") || t.text().equals("%") || t.text().equals("€") || t.text().equals("£")) {
                outside.merge(ClaimLexicon.Group.NUMBER, 1, Integer::sum);
            }
            f.add("w=" + w);
            f.add("b=" + prev + "_" + w);
            if (t.isWord() && !w.startsWith("#") && w.length() > 5) {
                f.add("x=" + w.substring(w.length() - 3));
            }
            prev = w;
        }
        f.add("b=" + prev + "_$");
        if (!tokens.isEmpty()) {
            f.add("first=" + word(tokens.get(0)));
        }
        clauses.end();
        f.add("cl=" + Math.min(clauses.factual, 2) + "_" + Math.min(clauses.view, 2));
        if (clauses.factual > 0) {
            f.add("cl=hasFact");
        }
        groups(f, inSpeech, "S");
        groups(f, outside, "N");
        f.add("len=" + bucket(words, 3, 6, 10, 16, 25, 40));
        f.add("caps=" + bucket(capitals, 0, 1, 2, 4, 7));
        f.add("digits=" + bucket(digits, 0, 1, 3));
        layout(c, s, words, f);
        return f;
    }

    /**
     * Counts the clauses of a sentence (split at commas, semicolons, colons, dashes and a few conjunctions and
     * relative words) that state a fact (a number or a word of events, legal status, comparison or cause, and no word
     * of opinion, feeling, the future, modality or hedging) and those that give a view (the reverse).
     */
    private static final class Clauses {
        private final Set<ClaimLexicon.Group> current = java.util.EnumSet.noneOf(ClaimLexicon.Group.class);
        int factual;
        int view;

        /** Adds a token and the word classes of the lexicon it belongs to. */
        void add(Token t, Set<ClaimLexicon.Group> classes) {
            if (t.kind() == Token.Kind.PUNCT && ",;:—–".contains(t.text())
                    || t.isWord() && CLAUSE_WORDS.contains(t.lower())) {
                end();
            } else if (t.isWord()) {
                current.addAll(classes);
                if (Character.isDigit(t.text().charAt(0))) {
                    current.add(ClaimLexicon.Group.NUMBER);
                }
            } else if (t.text().equals("$") || t.text().equals("%")) {
                current.add(ClaimLexicon.Group.NUMBER);
            }
        }

        void end() {
            if (current.isEmpty()) {
                return;
            }
            boolean fact = current.stream().anyMatch(FACTUAL::contains);
            boolean opinion = current.stream().anyMatch(VIEW::contains);
            factual += fact && !opinion ? 1 : 0;
            view += opinion && !fact ? 1 : 0;
            current.clear();
        }
    }

    private static void groups(List<String> f, Map<ClaimLexicon.Group, Integer> counts, String where) {
        counts.forEach((g, n) -> {
            f.add("g=" + g);
            f.add("g" + where + "=" + g);
            if (n > 1) {
                f.add("g" + where + "2=" + g);
            }
        });
    }

    /** Quoted share and the engine's quotes over the sentence; returns the ranges of speech inside it. */
    private static List<TextRange> speech(ClaimContext c, TextRange s, List<String> f) {
        List<TextRange> out = new ArrayList<>();
        int inside = 0;
        for (QuoteSpan q : c.spansIn(s)) {
            inside += Math.min(q.end(), s.end()) - Math.max(q.start(), s.start());
            out.add(q.range());
        }
        double share = inside / (double) Math.max(1, s.length());
        f.add("quoted=" + (share == 0 ? "0" : share < 0.5 ? "some" : share < 0.9 ? "most" : "all"));
        List<DetectedQuote> quotes = c.quotesIn(s);
        if (quotes.isEmpty()) {
            f.add("spk=noquote");
        }
        for (DetectedQuote q : quotes) {
            f.add("quote=" + q.kind());
            DetectedSpeaker speaker = c.speaker(q);
            if (speaker == null) {
                f.add("spk=none");
            } else {
                f.add("spk=" + speaker.kind());
                f.add("spkq=" + speaker.kind() + "_" + q.kind());
                if (speaker.role() != null) {
                    f.add("spkRole");
                }
            }
            if (q.cueText() != null) {
                f.add("cue=" + SPACES.matcher(q.cueText().toLowerCase(Locale.ROOT)).replaceAll("_"));
            }
            if (q.quotedSpans().isEmpty() && q.kind() == QuoteKind.DIRECT) {
                f.add("turn");
                f.add("turn=" + ("Q".equals(q.speakerText()) ? "question" : "answer"));
            }
            if (q.kind() != QuoteKind.DIRECT) {
                q.fragments().stream().filter(r -> r.overlaps(s)).forEach(out::add);
            } else if (q.quotedSpans().isEmpty()) {
                out.add(q.range());
            }
        }
        out.sort(java.util.Comparator.comparingInt(TextRange::start));
        return out;
    }

    private static void layout(ClaimContext c, TextRange s, int words, List<String> f) {
        String text = c.text();
        String sentence = s.of(text).strip();
        char last = sentence.isEmpty() ? ' ' : sentence.charAt(sentence.length() - 1);
        f.add("end=" + (".?!:".indexOf(last) >= 0 ? String.valueOf(last) : "”\"’'".indexOf(last) >= 0 ? "q" : "x"));
        if (sentence.indexOf('?') >= 0) {
            f.add("question");
        }
        if (sentence.contains("@") || sentence.contains("http") || sentence.contains("www.")) {
            f.add("web");
        }
        if (!sentence.isEmpty() && "“\"‘'«".indexOf(sentence.charAt(0)) >= 0) {
            f.add("startsQuoted");
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char ch = sentence.charAt(i);
            if (Character.isLetter(ch)) {
                letters++;
                upper += Character.isUpperCase(ch) ? 1 : 0;
            }
        }
        if (letters > 0 && upper * 10 > letters * 6) {
            f.add("shouting");
        }
        TextRange p = paragraphOf(c.paragraphs(), s.start());
        if (p != null) {
            boolean whole = s.start() <= p.start() && s.end() >= p.end();
            if (whole) {
                f.add(words <= 8 ? "paragraph=short" : "paragraph=one");
            } else if (s.start() <= p.start()) {
                f.add("paragraph=first");
            }
            if (c.paragraphs().get(0) == p) {
                f.add("lead");
            }
        }
    }

    private static TextRange paragraphOf(List<TextRange> paragraphs, int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextRange p = paragraphs.get(mid);
            if (p.end() <= offset) {
                lo = mid + 1;
            } else if (p.start() > offset) {
                hi = mid - 1;
            } else {
                return p;
            }
        }
        return null;
    }

    private static String word(Token t) {
        if (t.kind() == Token.Kind.PUNCT) {
            return t.text();
        }
        String w = ClaimLexicon.lower(t.text());
        if (Character.isDigit(w.charAt(0))) {
            return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) ? "#year" : "#";
        }
        return w;
    }

    private static String bucket(int n, int... bounds) {
        for (int b : bounds) {
            if (n <= b) {
                return "<=" + b;
            }
        }
        return ">" + bounds[bounds.length - 1];
    }
}
