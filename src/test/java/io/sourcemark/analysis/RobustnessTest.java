package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile text is a normal input: no exception, every range inside the text, quotes never overlap. */
class RobustnessTest {

    private static final Analyzer ANALYZER = Analyzer.load();

    static Stream<String> hostileTexts() {
        return Stream.of(
                "",
                "\"",
                "“",
                "\"\"\"\"\"\"\"\"",
                "“”“”“”„“«»‘’''",
                "He said \"this never closes\n\nand the next paragraph \" opens one said he.",
                "“Unclosed, he said.\n\n“Another one.\n\n“And another,” she said.",
                "'Tis the season, the Smiths' dog said 'hello' to 'em.",
                "A\u0000B\u0001 said \u0007\"x\u001Fy\" he said.\r\n\r\nQ: \u0008",
                "😀 “Emoji 😀 quote 𝄞 with astral chars,” said 𝒜lice 😀.",
                "قال المتحدث \"هذا نص\" he said. «שלום» ‏said‏ Bob.",
                "MR. X:\n\nQ\n\nMR. X:\n\n((\n\n((A)) ((B))\n\nQ",
                ", said , according to , told , \" , said.",
                "said said said said said \"\" \" said \u201C\u201D told according to");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void analysesHostileTextWithValidRanges(String text) {
        assertValid(text, ANALYZER.analyze(text));
    }

    @Test
    void analysesOneMegabyteWithoutSentenceEndInLinearTime() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 1_000_000) {
            b.append("the minister told reporters that “nothing ever ends and ");
        }
        String text = b.toString();
        long start = System.nanoTime();
        Analysis a = ANALYZER.analyze(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertValid(text, a);
        assertTrue(millis < 20_000, "took " + millis + " ms");
    }

    static Stream<String> runOnPatterns() {
        return Stream.of("word, said the man ", "according to the report ", ", adding that x ",
                "He said the ", "\"x\" said the man and ", "A, B, C and D said ", "went on to say ",
                "Mr. Smith, a spokesman for the agency, said ", "and said that ", "“a” “b” ");
    }

    @ParameterizedTest
    @MethodSource("runOnPatterns")
    void analysesOneMegabyteRunOnSentenceOfCuesInLinearTime(String pattern) {
        String text = pattern.repeat(1_000_000 / pattern.length());
        long start = System.nanoTime();
        Analysis a = ANALYZER.analyze(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertValid(text, a);
        assertTrue(millis < 15_000, pattern + " took " + millis + " ms");
    }

    @Test
    void analysesOneMegabyteOfQuotationMarksOnly() {
        String text = "“\"”".repeat(350_000);
        assertValid(text, ANALYZER.analyze(text));
    }

    @Test
    void givesTheSameAnalysisFromSeveralThreadsAtOnce() throws Exception {
        String afp = Articles.body("000-afp");
        String briefing = Articles.body("029-");
        Analysis expectedAfp = ANALYZER.analyze(afp);
        Analysis expectedBriefing = ANALYZER.analyze(briefing);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> even ? ANALYZER.analyze(afp).equals(expectedAfp)
                        : ANALYZER.analyze(briefing).equals(expectedBriefing)));
            }
            for (var r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void analysesNullAsEmpty() {
        Analysis a = ANALYZER.analyze(null);
        assertTrue(a.quotes().isEmpty() && a.claims().isEmpty() && a.speakers().isEmpty());
    }

    @Property(tries = 300)
    void anyMixOfQuotesWordsAndBreaksGivesValidRanges(@ForAll("newsish") String text) {
        assertValid(text, ANALYZER.analyze(text));
    }

    @Provide
    Arbitrary<String> newsish() {
        Arbitrary<String> piece = Arbitraries.of("said", "told", "according to", "he", "She", "Mr.", "Sullivan",
                "\"", "“", "”", "‘", "’", "'", ",", ".", "?", ":", "\n", "\n\n", "MR. A:", "Q", "((B))", "that",
                "the minister", "«", "»", "„", " ", " ", " ", "😀", "—", "added", "adding", "was reported",
                "by", "to", "2023", "percent");
        return piece.list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    static void assertValid(String text, Analysis a) {
        List<TextRange> ranges = new ArrayList<>();
        for (DetectedQuote q : a.quotes()) {
            ranges.add(q.range());
            assertFalse(q.fragments().isEmpty(), "fragments");
            q.fragments().forEach(r -> inside(text, r));
            q.quotedSpans().forEach(r -> inside(text, r));
            inside(text, q.range());
            if (q.speakerMention() != null) {
                inside(text, q.speakerMention());
            }
            if (q.cue() != null) {
                inside(text, q.cue());
            }
            assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
            assertTrue(q.speakerIndex() < a.speakers().size(), "speaker index");
        }
        ranges.sort((x, y) -> Integer.compare(x.start(), y.start()));
        for (int i = 1; i < ranges.size(); i++) {
            TextRange before = ranges.get(i - 1);
            TextRange after = ranges.get(i);
            assertFalse(before.overlaps(after), () -> "overlapping quotes " + before + " and " + after);
        }
        for (DetectedClaim c : a.claims()) {
            inside(text, c.range());
            assertTrue(c.score() >= 0 && c.score() <= 1);
        }
        for (DetectedSpeaker s : a.speakers()) {
            s.mentions().forEach(r -> inside(text, r));
        }
    }

    private static void inside(String text, TextRange r) {
        assertTrue(r.start() >= 0 && r.start() < r.end() && r.end() <= text.length(), () -> "range " + r);
    }
}
