package io.sourcemark.service;

import io.sourcemark.model.TextRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordStepsTest {

    static final String TEXT = "Kim Jong-un didn't say “no”, he said.";

    private static TextRange range(String words) {
        int at = TEXT.indexOf(words);
        return new TextRange(at, at + words.length());
    }

    @Test
    void snapsEdgesInsideWordsOutToTheWholeWords() {
        assertEquals(range("Jong-un didn't"), WordSteps.snap(TEXT, range("ng-un did")));
        assertEquals(range("“no”"), WordSteps.snap(TEXT, range("“no”")), "punctuation at an edge stays");
        assertEquals(range("Kim"), WordSteps.snap(TEXT, range("Kim")));
    }

    @Test
    void stepsFromWordToWord() {
        int endOfKim = range("Kim").end();
        assertEquals(range("Kim Jong-un").end(), WordSteps.nextWordEnd(TEXT, endOfKim));
        assertEquals(range("no").end(), WordSteps.nextWordEnd(TEXT, range("say").end()));
        assertEquals(endOfKim, WordSteps.previousWordEnd(TEXT, range("Kim Jong-un").end()));
        assertEquals(range("say").end(), WordSteps.previousWordEnd(TEXT, range("“no”").end()));
        assertEquals(range("didn't").start(), WordSteps.previousWordStart(TEXT, range("say").start()));
        assertEquals(range("say").start(), WordSteps.nextWordStart(TEXT, range("didn't").start()));
        assertEquals(TEXT.length(), WordSteps.nextWordEnd(TEXT, range("said").end()));
        assertEquals(0, WordSteps.previousWordStart(TEXT, 0));
    }
}
