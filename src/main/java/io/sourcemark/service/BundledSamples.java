package io.sourcemark.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The sample articles shipped inside the application. A folder in a jar cannot be listed reliably, so
 * {@code samples.list} names them.
 */
final class BundledSamples {

    static final String FOLDER = "/io/sourcemark/samples/";
    static final String LIST = "/io/sourcemark/samples.list";
    /** The article opened on first run. */
    static final String FIRST_ARTICLE_PREFIX = "000-";

    private BundledSamples() {
    }

    /** The file names of the samples, in list order. */
    static List<String> names() {
        String list = new String(read(LIST), StandardCharsets.UTF_8);
        return list.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** The bytes of one sample. */
    static byte[] content(String name) {
        return read(FOLDER + name);
    }

    private static byte[] read(String resource) {
        try (InputStream in = BundledSamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The application is incomplete: " + resource + " is missing.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + " from the application", e);
        }
    }
}
