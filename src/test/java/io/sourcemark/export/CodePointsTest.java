package io.sourcemark.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CodePointsTest {

    @Test
    void countsACharacterOutsideTheBasicPlaneOnce() {
        String text = "a🙂b𝒲c";
        CodePoints offsets = CodePoints.of(text);

        assertEquals(5, offsets.length());
        int[] expected = {0, 1, 1, 2, 3, 3, 4, 5};
        for (int i = 0; i <= text.length(); i++) {
            assertEquals(expected[i], offsets.fromUtf16(i), "UTF-16 index " + i);
        }
        int[] back = {0, 1, 3, 4, 6, 7};
        for (int cp = 0; cp <= 5; cp++) {
            assertEquals(back[cp], offsets.toUtf16(cp), "code point " + cp);
            assertEquals(cp, text.codePointCount(0, back[cp]));
        }
    }

    @Test
    void aLoneSurrogateIsOneCodePointAsJavaCountsIt() {
        String text = "x\uD800y";
        CodePoints offsets = CodePoints.of(text);

        assertEquals(text.codePointCount(0, text.length()), offsets.length());
        assertEquals(2, offsets.toUtf16(2));
    }

    @Test
    void basicPlaneTextNeedsNoConversion() {
        CodePoints offsets = CodePoints.of("“Quoted” — text");
        assertEquals(7, offsets.fromUtf16(7));
        assertEquals(7, offsets.toUtf16(7));
        assertThrows(IndexOutOfBoundsException.class, () -> offsets.toUtf16(99));
    }
}
