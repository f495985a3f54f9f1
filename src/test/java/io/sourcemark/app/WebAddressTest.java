package io.sourcemark.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WebAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://en.wikinews.org/wiki/Gda%C5%84sk", "http://example.org/news?id=12#top",
            "HTTPS://EXAMPLE.ORG/", "https://münchen.de/presse"})
    void webAddressesAreOpened(String link) {
        assertEquals(Optional.of(link), WebAddress.of(link));
    }

    @Test
    void surroundingSpaceIsDropped() {
        assertEquals(Optional.of("https://example.org/a"), WebAddress.of("  https://example.org/a\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "file:/home/analyst/.ssh/id_rsa", "javascript:alert(1)",
            "mailto:desk@example.org", "data:text/html,<script>alert(1)</script>", "smb://server/share",
            "vscode://file/etc/passwd", "example.org/news", "/home/analyst/notes.txt", "http:/example.org",
            "https://", "http:example.org", "https://exa mple.org/", "https://example.org/\u0000x", "", "   "})
    void anythingElseIsNot(String link) {
        assertEquals(Optional.empty(), WebAddress.of(link));
    }

    @Test
    void noLinkIsNoAddress() {
        assertEquals(Optional.empty(), WebAddress.of(null));
    }
}
