package io.sourcemark.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Web addresses as the analyst types or drops them: parsed leniently, refused with a sentence that says why. */
public final class WebAddresses {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private WebAddresses() {
    }

    /** Whether the text names an address ({@code scheme://…}) rather than a file. */
    public static boolean looksLikeAddress(String text) {
        return text != null && text.strip().matches("^[A-Za-z][A-Za-z0-9+.-]*://.*");
    }

    /**
     * The address as typed in a browser's address bar: {@code example.com/page} means {@code https://example.com/page};
     * an address with another scheme is kept as it is, so that the import can refuse it by name.
     */
    public static String completed(String typed) {
        String text = typed == null ? "" : typed.strip();
        // "mailto:…" or "javascript:…" keep their scheme, to be refused by name, not made https://mailto:…
        return text.isEmpty() || SCHEME.matcher(text).matches() && (text.contains(":/") || !hostAndPort(text))
                ? text : "https://" + text;
    }

    /** "example.org:8080/page": a host and a port, which reads as a scheme and its text. */
    private static boolean hostAndPort(String text) {
        return text.matches("^[A-Za-z0-9.-]+:\\d+(?:[/?#].*)?$");
    }

    /** The address as a URI, or empty when it cannot be one (spaces, a broken escape, no host). */
    static Optional<URI> parse(String address) {
        String text = address == null ? "" : address.strip();
        if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Why {@code address} cannot be where a report is published (ClaimReview's {@code url}: each review adds its
     * {@code #statement-N}), or empty when it can be.
     */
    public static Optional<String> publicationProblem(String address) {
        Optional<URI> uri = parse(address);
        String scheme = uri.map(URI::getScheme).orElse("");
        // a host of other letters than ASCII (exämple.org) is no host to java.net.URI, but is an authority
        boolean host = uri.isPresent() && (uri.get().getHost() != null
                || uri.get().getRawAuthority() != null && !uri.get().getRawAuthority().isBlank());
        if (!host || !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")) {
            return Optional.of("“" + String.valueOf(address).strip() + "” is not a web address: give the page the "
                    + "report will be published at, such as https://example.org/checks/report.html.");
        }
        if (uri.get().getRawFragment() != null) {
            return Optional.of("“" + address.strip() + "” has a #part: give the page's own address, and each "
                    + "review adds its #statement-N.");
        }
        return Optional.empty();
    }

    static String notAnAddress(String address) {
        return "“" + address.strip() + "” is not a web address. Write it as the browser shows it, such as "
                + "https://example.com/news/article.html.";
    }
}
