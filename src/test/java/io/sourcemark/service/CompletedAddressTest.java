package io.sourcemark.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompletedAddressTest {

    @Test
    void anAddressWithoutItsSchemeIsHttpsAndAnotherSchemeStaysToBeRefusedByName() {
        assertEquals("https://example.org/report", WebAddresses.completed("example.org/report"));
        assertEquals("https://example.org:8080/a", WebAddresses.completed("example.org:8080/a"));
        assertEquals("http://example.org/a", WebAddresses.completed("http://example.org/a"));
        assertEquals("mailto:a@b.org", WebAddresses.completed("mailto:a@b.org"));
        assertEquals("javascript:alert(1)", WebAddresses.completed("javascript:alert(1)"));
        assertEquals(java.util.Optional.empty(), WebLinks.web(WebAddresses.completed("javascript:alert(1)")));
    }
}
