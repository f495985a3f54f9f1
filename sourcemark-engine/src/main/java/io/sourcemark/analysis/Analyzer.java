package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quotes, reported speech, speakers and check-worthy claims in an article body.
 * Thread-safe: one instance may serve several threads at once (per-thread OpenNLP detectors, shared models).
 */
public final class Analyzer {

    private final Sentences sentences;
    private final PosTagger pos;
    private final CueLexicon lexicon = new CueLexicon();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final ClaimDetector claimDetector;

    public Analyzer(AnalyzerModels models) {
        this.sentences = new Sentences(models.sentences());
        this.pos = new PosTagger(models.pos());
        this.claimDetector = models.claims() == null ? null : new ClaimDetector(models.claims());
    }

    /** Loads the OpenNLP models (the opennlp-models-*-en 1.1.0 jars) and the claim model from the classpath. */
    public static Analyzer load() {
        return new Analyzer(AnalyzerModels.load());
    }

    public Analysis analyze(String text) {
        if (text == null || text.isEmpty()) {
            return new Analysis(List.of(), List.of(), List.of());
        }
        Parsed parsed = parse(text);
        List<DetectedClaim> claims = claimDetector == null ? List.of()
                : claimDetector.claims(parsed.context(), parsed.claimSentences());
        return new Analysis(parsed.context().quotes(), claims, parsed.speakers());
    }

    /** Everything but the claims: what the claim step reads, and the sentences it scores. */
    record Parsed(ClaimContext context, List<TextRange> claimSentences, List<DetectedSpeaker> speakers) {}

    Parsed parse(String text) {
        List<TextRange> paragraphs = Paragraphs.split(text);
        TranscriptTurns.Result turns = new TranscriptTurns().find(text, paragraphs);
        List<TextRange> prose = new ArrayList<>();
        List<TextRange> turnParagraphs = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            (turns.covered()[i] ? turnParagraphs : prose).add(paragraphs.get(i));
        }
        List<QuoteSpan> quotes = quoteFinder.find(text, prose);
        List<TextRange> sentenceRanges = sentences.split(text, prose, quotes);
        List<Draft> drafts = new ArrayList<>(new Attributor(lexicon, pos)
                .attribute(text, paragraphs, turns.covered(), sentenceRanges, quotes));
        drafts.addAll(turns.turns());
        drafts = withoutOverlaps(drafts);
        List<SpeakerClusterer.Cluster> clusters = new ArrayList<>();
        int[] speakerOf = new SpeakerClusterer().cluster(text, drafts, clusters);
        List<DetectedQuote> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            out.add(toQuote(text, drafts.get(i), speakerOf[i], clusters));
        }
        List<DetectedSpeaker> speakers = new ArrayList<>();
        for (SpeakerClusterer.Cluster c : clusters) {
            speakers.add(new DetectedSpeaker(c.name, c.kind, c.role, sorted(c.mentions)));
        }
        List<TextRange> claimSentences = new ArrayList<>(sentenceRanges);
        claimSentences.addAll(sentences.split(text, turnParagraphs, List.of()));
        claimSentences.sort(Comparator.comparingInt(TextRange::start));
        return new Parsed(new ClaimContext(text, paragraphs, turns.covered(), quotes, out, speakers),
                claimSentences, speakers);
    }

    private static DetectedQuote toQuote(String text, Draft d, int speaker, List<SpeakerClusterer.Cluster> clusters) {
        String speakerName = speaker >= 0 ? clusters.get(speaker).name : null;
        return new DetectedQuote(d.range(), d.kind, d.fragments, d.turn ? List.of() : d.quoted, d.source,
                d.source == null ? null : d.source.of(text), speaker, speakerName, d.cue,
                d.cue == null ? null : d.cue.of(text), d.confidence);
    }

    private static List<Draft> withoutOverlaps(List<Draft> drafts) {
        drafts.removeIf(d -> d.fragments.isEmpty());
        drafts.sort(Comparator.comparingInt(Draft::start).thenComparingInt(d -> -d.end()));
        List<Draft> out = new ArrayList<>();
        int lastEnd = -1;
        for (Draft d : drafts) {
            if (d.start() >= lastEnd) {
                out.add(d);
                lastEnd = d.end();
            }
        }
        return out;
    }

    private static List<TextRange> sorted(List<TextRange> ranges) {
        List<TextRange> out = new ArrayList<>(ranges);
        out.sort(Comparator.comparingInt(TextRange::start));
        return out;
    }
}
