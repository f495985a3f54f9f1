package io.sourcemark.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, split at {@code \n} with a trailing {@code \r} dropped, so that each line can be
 * decoded on its own: one line of broken bytes then costs that line, not the rest of the file. Reads in blocks
 * and looks for line ends in its own buffer (a byte at a time through a stream cost a tenth of a batch).
 */
final class ByteLines {

    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private byte[] buffer = new byte[BLOCK];
    private int start;
    private int end;
    private boolean eof;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the stream. */
    byte[] next() throws IOException {
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    byte[] line = line(start, i);
                    start = i + 1;
                    return line;
                }
            }
            scanned = end;
            if (eof) {
                if (start == end) {
                    return null;
                }
                byte[] line = line(start, end);
                start = end;
                return line;
            }
            scanned -= fill();
        }
    }

    /** Reads more bytes after what is left, moving the rest to the front; returns how far the rest moved. */
    private int fill() throws IOException {
        int moved = start;
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
        return moved;
    }

    private byte[] line(int from, int to) {
        if (to > from && buffer[to - 1] == '\r') {
            to--;
        }
        return Arrays.copyOfRange(buffer, from, to);
    }
}
