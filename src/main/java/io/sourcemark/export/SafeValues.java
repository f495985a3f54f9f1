package io.sourcemark.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What of the analyst's data a report may put into markup. Links: only absolute http and https URLs with a host. A
 * {@code javascript:}, {@code data:} or {@code file:} address, or anything that does not parse, is shown as text.
 */
final class SafeValues {

    /** Spaces and controls anywhere (browsers strip some of them before reading the scheme). */
    private static final Pattern UNSAFE_CHARACTERS = Pattern.compile("[\\s\\p{Cntrl}\\\\<>\"'`]");

    private SafeValues() {
    }

    /** The URL to link to, when {@code text} is one that may be a link. */
    static Optional<String> link(String text) {
        if (text == null || text.isEmpty() || UNSAFE_CHARACTERS.matcher(text).find()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getHost() != null && !uri.getHost().isEmpty() ? Optional.of(text) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Only colours written as hex ({@code #3b82f6}) reach a style: a tag colour is data the analyst typed. */
    static Optional<String> colour(String text) {
        return text != null && text.matches("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})") ? Optional.of(text)
                : Optional.empty();
    }
}
