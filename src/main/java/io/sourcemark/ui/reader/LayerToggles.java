package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which highlight layers are shown (all of them at first), and the lowest check-worthiness score of the claims the
 * engine suggests that the Claims layer still shows (0: every suggested claim).
 */
public final class LayerToggles {

    private final Map<Layer, BooleanProperty> shown = new EnumMap<>(Layer.class);
    private final DoubleProperty claimThreshold = new SimpleDoubleProperty(0);

    public LayerToggles() {
        for (Layer layer : Layer.values()) {
            shown.put(layer, new SimpleBooleanProperty(true));
        }
    }

    public BooleanProperty property(Layer layer) {
        return shown.get(layer);
    }

    /** In [0, 1]; claims the engine suggests with a lower score are not drawn. */
    public DoubleProperty claimThresholdProperty() {
        return claimThreshold;
    }

    public boolean isShown(Layer layer) {
        return shown.get(layer).get();
    }

    /**
     * Whether the annotation's layer is shown and, for a claim still only suggested, its score reaches the
     * threshold. Claims the analyst accepted or marked stay whatever their score: the threshold sorts what the
     * engine proposes, not what the analyst decided.
     */
    public boolean shows(Annotation a) {
        return isShown(Layer.of(a.kind())) && !belowThreshold(a);
    }

    /** A suggested claim scored under the threshold. */
    public boolean belowThreshold(Annotation a) {
        return a.kind() == Kind.CLAIM && a.origin() == Origin.DETECTED && a.score() != null
                && a.score() < claimThreshold.get();
    }

    public Set<Layer> visible() {
        Set<Layer> visible = EnumSet.noneOf(Layer.class);
        for (Layer layer : Layer.values()) {
            if (isShown(layer)) {
                visible.add(layer);
            }
        }
        return visible;
    }
}
