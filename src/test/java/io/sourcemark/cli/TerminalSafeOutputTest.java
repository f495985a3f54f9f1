package io.sourcemark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalSafeOutputTest {

    @TempDir
    Path dir;

    private static String shown(String text, boolean toTerminal) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream stream = Cli.programStream(bytes, toTerminal)) {
            stream.print(text);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void controlCharactersReachATerminalAsQuestionMarks() {
        // ESC ] 0 ; … BEL retitles a terminal; CSI (U+009B) is ESC [ in one character; DEL and NUL
        assertEquals("?]0;owned?title ?2J x?y?z", shown("\u001b]0;owned\u0007title \u009b2J x\u007fy\u0000z", true));
        // a carriage return alone rewrites the line it is on; before a line feed it ends a line
        assertEquals("visible?hidden\r\nnext\n", shown("visible\rhidden\r\nnext\n", true));
        assertEquals("trailing?", shown("trailing\r", true));
    }

    @Test
    void printableTextStaysAsItIs() {
        String text = "Gdańsk\t«Ça va» — “quoted” 北京 \u00a0 \u00a9 \u00c2 🙂\n";
        assertEquals(text, shown(text, true));
    }

    @Test
    void outputIntoAPipeOrAFileKeepsEveryByte() {
        String text = "\u001b[31mred\u001b[0m \u009b \u007f\r";
        assertEquals(text, shown(text, false));
    }

    @Test
    void aFileNameHoldingAnEscapeSequenceIsImportedAndEchoedHarmlessly() throws Exception {
        Path article = Files.writeString(dir.resolve("news\u001b]0;x\u0007.txt"),
                "Ministers agree\n\nThe ministers agreed on Monday, the agency said.\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream outStream = Cli.programStream(out, true);
             PrintStream errStream = Cli.programStream(err, true)) {
            code = Cli.run(new String[]{"import", "-p", dir.resolve("p.sourcemark").toString(), article.toString()},
                    outStream, errStream);
        }

        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("news?]0;x?.txt -> article "), printed);
        assertFalse(printed.chars().anyMatch(c -> c == 0x1b || c == 0x07), printed);
    }
}
