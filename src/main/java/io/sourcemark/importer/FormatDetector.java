package io.sourcemark.importer;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The media type of some bytes, by Tika's detector: magic bytes first, the name only where it narrows what the bytes
 * say ({@code .md} for text, {@code .docx} for a zip), and a server's declared type as a hint.
 */
final class FormatDetector {

    static final String OCTET_STREAM = "application/octet-stream";

    private FormatDetector() {
    }

    static String sniff(byte[] bytes, String fileName, String declaredType) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        if (declaredType != null) {
            metadata.set(Metadata.CONTENT_TYPE, declaredType);
        }
        try {
            return MimeTypes.getDefaultMimeTypes().detect(new ByteArrayInputStream(bytes), metadata).getBaseType()
                    .toString();
        } catch (IOException e) {
            // A byte array cannot fail to be read.
            throw new UncheckedIOException(e);
        }
    }
}
