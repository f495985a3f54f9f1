package io.sourcemark.importer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void turnsWindowsAndOldMacLineEndsIntoLineFeeds() {
        assertEquals("One.\n\nTwo.\nThree.\n", TextNormalizer.normalize("One.\r\n\r\nTwo.\rThree.\r\n"));
    }

    @Test
    void dropsTheByteOrderMark() {
        assertEquals("Text.\n", TextNormalizer.normalize("\uFEFFText."));
    }

    @Test
    void composesCharactersToNfc() {
        assertEquals("Agn\u00E8s Callamard\n", TextNormalizer.normalize("Agne\u0300s Callamard"));
    }

    @Test
    void separatesParagraphsByExactlyOneBlankLine() {
        assertEquals("One.\n\nTwo.\n\nThree.\n",
                TextNormalizer.normalize("One.\n\n\n\nTwo.\n \t \nThree."));
    }

    @Test
    void keepsSingleLineBreaksInsideAParagraph() {
        assertEquals("Vilnius Town Hall\nVilnius, Lithuania\n\nQ Thank you.\n",
                TextNormalizer.normalize("Vilnius Town Hall\nVilnius, Lithuania\n\nQ Thank you."));
    }

    @Test
    void trimsTrailingSpacesIncludingNoBreakSpacesButKeepsIndentation() {
        assertEquals("  Indented.\nNext.\n", TextNormalizer.normalize("  Indented.  \t\nNext.\u00A0\u00A0"));
    }

    @Test
    void removesLeadingAndTrailingBlankLines() {
        assertEquals("Body.\n", TextNormalizer.normalize("\n\n  \nBody.\n\n\n"));
    }

    @Test
    void blankTextNormalisesToNothing() {
        assertEquals("", TextNormalizer.normalize(" \n\r\n\t\n"));
    }

    @Test
    void isIdempotent() {
        String once = TextNormalizer.normalize("\uFEFFa  \r\n\r\n\r\nb\u0301\n");
        assertEquals(once, TextNormalizer.normalize(once));
    }
}
