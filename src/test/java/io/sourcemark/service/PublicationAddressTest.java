package io.sourcemark.service;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a ClaimReview report may say it is published: an http(s) page, with no #part of its own. */
class PublicationAddressTest {

    @Test
    void aWebPageIsTakenAndItsHostMayBeInAnyAlphabet() {
        for (String page : List.of("https://factdesk.example/checks/arms.html", "http://factdesk.example",
                "https://exämple.org/vérifications/rapport.html", " https://factdesk.example/a?b=c ")) {
            assertEquals(Optional.empty(), WebAddresses.publicationProblem(page), page);
        }
    }

    @Test
    void anythingElseIsRefusedWithTheReason() {
        for (String notAPage : List.of("javascript:alert(1)", "ftp://factdesk.example/report", "file:///etc/passwd",
                "https:///checks/report.html", "factdesk example", "")) {
            Optional<String> problem = WebAddresses.publicationProblem(notAPage);
            assertTrue(problem.isPresent() && problem.get().startsWith("“" + notAPage.strip() + "” is not a web "
                    + "address: give the page the report will be published at"), notAPage + ": " + problem);
        }
        assertEquals(Optional.of("“https://factdesk.example/r.html#top” has a #part: give the page's own address, "
                + "and each review adds its #statement-N."),
                WebAddresses.publicationProblem("https://factdesk.example/r.html#top"));
    }
}
