package io.sourcemark.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of an article's stored links the desktop may be asked to open: web pages only. A link comes from the
 * imported file or from a project made elsewhere, and the desktop would run {@code file:}, {@code javascript:} or a
 * custom scheme with whatever program claims it.
 */
final class WebAddress {

    private WebAddress() {
    }

    /** The address to hand to the desktop, when {@code link} is an {@code http} or {@code https} address. */
    static Optional<String> of(String link) {
        if (link == null) {
            return Optional.empty();
        }
        String text = link.strip();
        if (text.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty()
                    ? Optional.of(text) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
