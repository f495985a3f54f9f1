package io.sourcemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

    private static List<String> lines(InputStream in) throws IOException {
        ByteLines lines = new ByteLines(in);
        List<String> out = new ArrayList<>();
        byte[] line;
        while ((line = lines.next()) != null) {
            out.add(new String(line, StandardCharsets.UTF_8));
        }
        assertNull(lines.next());
        return out;
    }

    @Test
    void splitsAtLineEndsAndDropsTheCarriageReturn() throws IOException {
        byte[] bytes = "a\r\n\nbc\nlast".getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of("a", "", "bc", "last"), lines(new ByteArrayInputStream(bytes)));
    }

    @Test
    void keepsLinesLongerThanItsBlockAndLinesCutAcrossReads() throws IOException {
        String longLine = "x".repeat(200_000);
        byte[] bytes = (longLine + "\nshort\n" + longLine + "y\r\n").getBytes(StandardCharsets.UTF_8);
        // a stream that hands out at most 7 bytes per read, so line ends fall between reads
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };

        assertEquals(List.of(longLine, "short", longLine + "y"), lines(trickle));
    }

    @Test
    void givesNothingForAnEmptyStream() throws IOException {
        assertEquals(List.of(), lines(new ByteArrayInputStream(new byte[0])));
    }
}
