package io.sourcemark.ui.shell;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What Accept and Reject say on a highlight that is no longer, or never was, a suggestion. */
class NotASuggestionTest {

    private static Annotation of(Origin origin) {
        return Annotation.of(1, Kind.CLAIM, origin, new TextRange(0, 5), "Claim text");
    }

    @Test
    void eachOriginSaysWhatHappenedAndWhatToDo() {
        assertEquals("This highlight was accepted already: Delete removes it.",
                WindowCommands.notASuggestion(of(Origin.CONFIRMED)));
        assertEquals("This highlight was marked by hand, not suggested: there is nothing to accept or reject. "
                + "Delete removes it.", WindowCommands.notASuggestion(of(Origin.MANUAL)));
        assertEquals("This suggestion was rejected already: it stays out of the article.",
                WindowCommands.notASuggestion(of(Origin.REJECTED)));
    }
}
