package io.sourcemark.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which links count as web addresses: {@code http} or {@code https} with a host. Evidence and an article's address
 * must be one, and only such a link is handed to the desktop to open: any other scheme would run whatever program
 * claims it ({@code file:}, {@code javascript:}, custom schemes).
 */
public final class WebLinks {

    private WebLinks() {
    }

    /** The address, stripped, when {@code link} is an {@code http} or {@code https} address with a host. */
    public static Optional<String> web(String link) {
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

    /**
     * The web address {@code link} is, for storing.
     *
     * @param what what the address is of, for the message ("Evidence", "The article's address")
     * @throws IllegalArgumentException with a message saying what is accepted
     */
    static String required(String link, String what) {
        return web(link).orElseThrow(() -> new IllegalArgumentException(link == null || link.isBlank()
                ? what + " needs a web address, such as https://example.org/report."
                : what + " must be a web address starting with http:// or https:// (such as "
                + "https://example.org/report); “" + Text.abbreviated(link.strip()) + "” is not one."));
    }
}
