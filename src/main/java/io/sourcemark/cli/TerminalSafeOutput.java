package io.sourcemark.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * UTF-8 bytes on their way to a terminal, with control characters shown as {@code ?}. A file name or an article's
 * title is the user's data: one holding ESC (a C0 control) or CSI (a C1 control, U+009B) could otherwise retitle the
 * terminal, move its cursor or hide the rest of a line. Tab and line feed stay, and a carriage return before a line
 * feed (the line end on Windows); so does every printable character.
 */
final class TerminalSafeOutput extends FilterOutputStream {

    private static final int SHOWN = '?';
    /** The first byte of U+0080 to U+00BF in UTF-8; U+0080 to U+009F are the C1 controls. */
    private static final int C1_LEAD = 0xC2;

    /**
     * A byte held until the next one says what it is: a C1 lead (a control when U+0080 to U+009F follows) or a
     * carriage return (a line end when a line feed follows); -1 when none is held.
     */
    private int held = -1;

    TerminalSafeOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        int unsigned = b & 0xFF;
        if (held == C1_LEAD) {
            held = -1;
            if (unsigned >= 0x80 && unsigned <= 0x9F) {
                out.write(SHOWN);
                return;
            }
            out.write(C1_LEAD);
        } else if (held == '\r') {
            held = -1;
            out.write(unsigned == '\n' ? '\r' : SHOWN);
        }
        if (unsigned == C1_LEAD || unsigned == '\r') {
            held = unsigned;
        } else if (isC0OrDelete(unsigned)) {
            out.write(SHOWN);
        } else {
            out.write(unsigned);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        // byte by byte into the stream below, which is buffered: FilterOutputStream does the same
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public void close() throws IOException {
        if (held != -1) {
            // a lead byte alone is no control; a carriage return at the very end could still hide a line
            out.write(held == C1_LEAD ? C1_LEAD : SHOWN);
            held = -1;
        }
        super.close();
    }

    private static boolean isC0OrDelete(int b) {
        return (b < 0x20 && b != '\t' && b != '\n') || b == 0x7F;
    }
}
