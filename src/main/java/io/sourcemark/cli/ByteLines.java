package io.sourcemark.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, split at {@code \n} with a trailing {@code \r} dropped, so that each line can be
 * decoded on its own: one line of broken bytes then costs that line, not the rest of the file.
 */
final class ByteLines {

    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    ByteLines(InputStream in) {
        this.in = new BufferedInputStream(in);
    }

    /** The next line without its line end, or null at the end of the stream. */
    byte[] next() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            line.write(b);
        }
        if (b == -1 && line.size() == 0) {
            return null;
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            return Arrays.copyOf(bytes, length - 1);
        }
        return bytes;
    }
}
