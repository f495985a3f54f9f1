package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Hostile and random text never breaks the engine: it does not throw and every range it gives is sound. */
class AnalyzerPropertiesTest {

    private static final int TRIES = 200;

    private static Analyzer analyzer;
    private static List<String> sentences;

    @BeforeContainer
    static void load() throws IOException {
        analyzer = Analyzer.load();
        sentences = sampleSentences();
    }

    @Property(tries = TRIES)
    void survivesHostileFragments(@ForAll("hostileTexts") String text) {
        check(text);
    }

    @Property(tries = TRIES)
    void survivesTextOfOnlyQuotationMarks(@ForAll("quotationMarksOnly") String text) {
        check(text);
    }

    @Property(tries = TRIES)
    void survivesAnyUtf16Text(@ForAll("anyChars") String text) {
        check(text);
    }

    @Property(tries = TRIES)
    void survivesMixesOfRealSentencesAndIsDeterministic(@ForAll("articleMixes") String text) {
        Analysis first = check(text);
        assertEquals(first, analyzer.analyze(text), "a second run of the same text differs");
    }

    @Example
    void survivesOneMegabyteWithoutASentenceEnd() {
        StringBuilder b = new StringBuilder(1 << 20);
        String[] pieces = {"and the minister said ", "\u201Cwe will go on ", "according to officials ",
            "\u00AB the talks ", "he told reporters, ", "\"no comment ", "Mr Sullivan warned that ", "\u2019tis ",
            "\u05E9\u05DC\u05D5\u05DD ", "\uD83D\uDE00 ", "1,234 people, "};
        for (int i = 0; b.length() < (1 << 20); i++) {
            b.append(pieces[(i * 7 + i / 3) % pieces.length]);
        }
        String text = b.toString();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check(text));
    }

    @Example
    void givesTheSameResultsWhenTwoThreadsShareIt() throws Exception {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i + 12 <= sentences.size() && articles.size() < 40; i += 12) {
            articles.add(String.join(" ", sentences.subList(i, i + 12)));
        }
        List<Analysis> alone = articles.stream().map(analyzer::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Analysis>> shared = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                articles.forEach(t -> shared.add(pool.submit(() -> analyzer.analyze(t))));
            }
            for (int i = 0; i < shared.size(); i++) {
                assertEquals(alone.get(i % articles.size()), shared.get(i).get(), "article " + i % articles.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Provide
    Arbitrary<String> hostileTexts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(HostileText.QUOTATION_MARKS),
                Arbitraries.of(HostileText.WORDS),
                Arbitraries.of(HostileText.CONTROLS),
                Arbitraries.of(HostileText.ASTRAL),
                Arbitraries.of(HostileText.RIGHT_TO_LEFT),
                Arbitraries.of(" ", " ", "\n", "\n\n", ". ", ", ", ": ", "? ", "! "),
                Arbitraries.of(sentences));
        return piece.list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> quotationMarksOnly() {
        return Arbitraries.of(Stream.concat(Stream.of(HostileText.QUOTATION_MARKS), Stream.of(" ", "\n", "\n\n"))
                .toList()).list().ofMaxSize(300).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyChars() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    @Provide
    Arbitrary<String> articleMixes() {
        Arbitrary<String> sentence = Arbitraries.of(sentences);
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "\n\n", "\n");
        return Arbitraries.oneOf(sentence, separator, Arbitraries.of(HostileText.QUOTATION_MARKS))
                .list().ofMinSize(1).ofMaxSize(40).map(l -> String.join("", l));
    }

    private static Analysis check(String text) {
        Analysis a = analyzer.analyze(text);
        new AnalysisInvariants(text, a).assertSound();
        return a;
    }

    private static List<String> sampleSentences() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("sample-articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (String s : text.split("(?<=[.!?][\u201D\"]?)\\s+")) {
                    if (s.length() > 3 && !s.contains(": http")) {
                        out.add(s);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertTrue(out.size() > 300, "too few sample sentences: " + out.size());
        return out;
    }
}
