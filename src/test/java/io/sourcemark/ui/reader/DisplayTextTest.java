package io.sourcemark.ui.reader;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DisplayTextTest {

    @Test
    void anArticleOfOrdinaryParagraphsIsShownAsItIs() {
        String body = "First paragraph, with words.\n\nSecond paragraph.";
        assertSame(body, DisplayText.of(body));
    }

    @Test
    void aParagraphOfMegabytesIsShownInPiecesAtSpacesWithEveryOffsetKept() {
        String body = "Title line\n\n" + "The minister said the bridge would reopen. ".repeat(120_000);
        String shown = DisplayText.of(body);

        assertEquals(body.length(), shown.length());
        int longest = 0;
        for (String line : shown.split("\n", -1)) {
            longest = Math.max(longest, line.length());
        }
        assertTrue(longest <= DisplayText.LONGEST, "longest shown paragraph: " + longest);
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) != shown.charAt(i)) {
                assertEquals(' ', body.charAt(i), "only spaces become line breaks, at " + i);
                assertEquals('\n', shown.charAt(i));
            }
        }
    }
}
