package io.sourcemark.app;

import io.sourcemark.service.WebLinks;

import java.util.Optional;

/**
 * Which of the stored links (an article's, a piece of evidence's) the desktop may be asked to open: web pages only.
 * A link comes from the imported file or from a project made elsewhere, and the desktop would run {@code file:},
 * {@code javascript:} or a custom scheme with whatever program claims it.
 */
final class WebAddress {

    private WebAddress() {
    }

    /** The address to hand to the desktop, when {@code link} is an {@code http} or {@code https} address. */
    static Optional<String> of(String link) {
        return WebLinks.web(link);
    }
}
