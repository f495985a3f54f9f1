package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerTogglesTest {

    private static final String BODY = "Unemployment rose to 7.5% in May. He said so.";

    private static Annotation claim(Origin origin, Double score) {
        return Annotation.of(1, Kind.CLAIM, origin, new TextRange(0, 33), BODY).withScore(score);
    }

    @Test
    void theThresholdHidesOnlySuggestedClaimsScoredUnderIt() {
        LayerToggles layers = new LayerToggles();
        layers.claimThresholdProperty().set(0.6);
        assertFalse(layers.shows(claim(Origin.DETECTED, 0.59)));
        assertTrue(layers.shows(claim(Origin.DETECTED, 0.6)));
        // what the analyst decided stays whatever the engine scored it
        assertTrue(layers.shows(claim(Origin.CONFIRMED, 0.2)));
        assertTrue(layers.shows(claim(Origin.MANUAL, null)));
        Annotation quote = Annotation.of(1, Kind.DIRECT_QUOTE, Origin.DETECTED, new TextRange(34, 45), BODY)
                .withScore(0.1);
        assertTrue(layers.shows(quote));

        layers.claimThresholdProperty().set(0);
        assertTrue(layers.shows(claim(Origin.DETECTED, 0.0)));
        layers.property(Layer.CLAIMS).set(false);
        assertFalse(layers.shows(claim(Origin.DETECTED, 0.9)));
    }
}
