package io.sourcemark.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** "Sourcemark 0.1.0": the version the build wrote into {@code io/sourcemark/version.properties}. */
final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "/io/sourcemark/version.properties";

    @Override
    public String[] getVersion() {
        return new String[]{"Sourcemark " + version()};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "");
        if (version.isBlank() || version.startsWith("${")) {
            // Not built by Maven (an IDE run): fall back to the jar manifest, if any.
            String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
            return fromManifest != null ? fromManifest : "(development build)";
        }
        return version;
    }
}
