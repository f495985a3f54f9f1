package io.sourcemark.ui.statistics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeakerAxisNamesTest {

    @Test
    void shortNamesStayWholeAndLongOnesAreCutWithAnEllipsis() {
        assertEquals(List.of("Jake Sullivan", "an official at the South Korean…"),
                SpeakerAxisNames.of(List.of("Jake Sullivan", "an official at the South Korean Unification Ministry"),
                        32));
    }

    @Test
    void twoNamesThatWouldLookAlikeOnTheAxisAreToldApart() {
        // the axis would merge equal categories: the second speaker's bar would be added to the first one's
        assertEquals(List.of("a spokesperson for the Ministry…", "a spokesperson for the Mini… (2)", "Police",
                        "Police (2)"),
                SpeakerAxisNames.of(List.of("a spokesperson for the Ministry of Defence",
                        "a spokesperson for the Ministry of Health", "Police", "Police"), 32));
    }

    @Test
    void aCutDoesNotSplitACharacterOutsideTheBasicPlane() {
        String name = "x".repeat(30) + "\uD835\uDC00" + "yyyy"; // a mathematical bold A at 31–32
        assertEquals("x".repeat(30) + "…", SpeakerAxisNames.of(List.of(name), 32).get(0));
    }
}
