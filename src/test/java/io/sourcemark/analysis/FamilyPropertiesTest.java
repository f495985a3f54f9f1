package io.sourcemark.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sourcemark.model.TextRange;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Texts in the shape of each family of attribution patterns, damaged at random, never break the engine: no
 * attributions overlap, every range lies inside the text and starts before it ends, and the pieces of a content
 * come in order without overlapping.
 */
class FamilyPropertiesTest {

    private static final int TRIES = 50;

    private static Analyzer analyzer;

    @BeforeContainer
    static void load() {
        analyzer = Analyzer.load();
    }

    @Property(tries = TRIES)
    void survivesQuotationBeforeItsSpeakerAndALongTail(@ForAll long seed) {
        check("F01", seed);
    }

    @Property(tries = TRIES)
    void survivesCriticismAndCharacterisationFrames(@ForAll long seed) {
        check("F02", seed);
    }

    @Property(tries = TRIES)
    void survivesDashSignatures(@ForAll long seed) {
        check("F03", seed);
    }

    @Property(tries = TRIES)
    void survivesPresentTenseCues(@ForAll long seed) {
        check("F04", seed);
    }

    @Property(tries = TRIES)
    void survivesSentencesOpenedBySaid(@ForAll long seed) {
        check("F05", seed);
    }

    @Property(tries = TRIES)
    void survivesParticiplesAndGerunds(@ForAll long seed) {
        check("F06", seed);
    }

    @Property(tries = TRIES)
    void survivesNounCues(@ForAll long seed) {
        check("F07", seed);
    }

    @Property(tries = TRIES)
    void survivesPrepositionalSources(@ForAll long seed) {
        check("F08", seed);
    }

    @Property(tries = TRIES)
    void survivesShoutsChantsAndDocumentsThatRead(@ForAll long seed) {
        check("F09", seed);
    }

    @Property(tries = TRIES)
    void survivesPartyAndStateTags(@ForAll long seed) {
        check("F10", seed);
    }

    @Property(tries = TRIES)
    void survivesInitialsAndTitleAbbreviations(@ForAll long seed) {
        check("F11", seed);
    }

    @Property(tries = TRIES)
    void survivesAgreeWithAndWithoutThat(@ForAll long seed) {
        check("F12", seed);
    }

    @Property(tries = TRIES)
    void survivesQuotationsContinuingTheLastSpeaker(@ForAll long seed) {
        check("F13", seed);
    }

    @Property(tries = TRIES)
    void survivesColonIntroductionsAndLabels(@ForAll long seed) {
        check("F14", seed);
    }

    @Property(tries = TRIES)
    void survivesQuestionAndExclamationBeforeTheSpeaker(@ForAll long seed) {
        check("F15", seed);
    }

    @Property(tries = TRIES)
    void survivesBeliefsAndStances(@ForAll long seed) {
        check("F16", seed);
    }

    @Property(tries = TRIES)
    void survivesIntentionSupportAndDecree(@ForAll long seed) {
        check("F17", seed);
    }

    @Property(tries = TRIES)
    void survivesPassiveAndImpersonalReports(@ForAll long seed) {
        check("F18", seed);
    }

    @Property(tries = TRIES)
    void survivesCuesInsideTheirContent(@ForAll long seed) {
        check("F19", seed);
    }

    @Property(tries = TRIES)
    void survivesAsClauses(@ForAll long seed) {
        check("F20", seed);
    }

    @Property(tries = TRIES)
    void survivesTitleCaseHeadlines(@ForAll long seed) {
        check("F21", seed);
    }

    @Property(tries = TRIES)
    void survivesNamingsWithoutSource(@ForAll long seed) {
        check("F22", seed);
    }

    @Property(tries = TRIES)
    void survivesNestedAttributions(@ForAll long seed) {
        check("F23", seed);
    }

    @Property(tries = TRIES)
    void survivesDoubledApostrophes(@ForAll long seed) {
        check("F24", seed);
    }

    private static void check(String family, long seed) {
        String text = FamilyTexts.build(family, seed);
        Analysis a = analyzer.analyze(text);
        new AnalysisInvariants(text, a).assertSound();
        for (DetectedQuote q : a.quotes()) {
            List<TextRange> pieces = q.fragments();
            for (int i = 1; i < pieces.size(); i++) {
                assertTrue(pieces.get(i - 1).end() <= pieces.get(i).start(),
                        family + " seed " + seed + ": pieces out of order or overlapping in " + q + " of " + text);
            }
        }
    }
}
