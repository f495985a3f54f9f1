package io.sourcemark.ui.reader;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which highlight layers are shown; all of them at first. */
public final class LayerToggles {

    private final Map<Layer, BooleanProperty> shown = new EnumMap<>(Layer.class);

    public LayerToggles() {
        for (Layer layer : Layer.values()) {
            shown.put(layer, new SimpleBooleanProperty(true));
        }
    }

    public BooleanProperty property(Layer layer) {
        return shown.get(layer);
    }

    public boolean isShown(Layer layer) {
        return shown.get(layer).get();
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
