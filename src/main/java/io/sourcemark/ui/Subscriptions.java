package io.sourcemark.ui;

import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The listeners and bindings a view makes when it is activated, undone together when it is deactivated, so that a
 * view of a closed project leaves nothing attached to objects that outlive it.
 */
public final class Subscriptions {

    private final List<Runnable> removals = new ArrayList<>();

    public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    public <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        removals.add(() -> list.removeListener(listener));
    }

    public <T> void bindBidirectional(Property<T> property, Property<T> other) {
        property.bindBidirectional(other);
        removals.add(() -> property.unbindBidirectional(other));
    }

    /** Binds {@code property} to {@code source} until disposed. */
    public <T> void bind(Property<T> property, ObservableValue<? extends T> source) {
        property.bind(source);
        removals.add(property::unbind);
    }

    /** Runs {@code undo} when disposed. */
    public void onDispose(Runnable undo) {
        removals.add(undo);
    }

    public void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
