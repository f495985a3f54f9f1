package io.sourcemark.ui;

import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/** The listeners a view puts on objects that outlive it (the display settings), removed together when it goes. */
final class Subscriptions {

    private final List<Runnable> removals = new ArrayList<>();

    <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        removals.add(() -> value.removeListener(listener));
    }

    <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
        list.addListener(listener);
        removals.add(() -> list.removeListener(listener));
    }

    <T> void bindBidirectional(Property<T> property, Property<T> other) {
        property.bindBidirectional(other);
        removals.add(() -> property.unbindBidirectional(other));
    }

    void dispose() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
