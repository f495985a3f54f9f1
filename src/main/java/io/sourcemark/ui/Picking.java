package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A pick the analyst started (P: the speaker's mention, L: the other end of a link): the next click on a highlight
 * in the article goes to it instead of selecting. Shared so that the reader, which sees the click, and the inspector,
 * which asked, need not know each other. Changed on the FX thread.
 */
public final class Picking {

    private final StatusLine status;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private Predicate<Annotation> accepts;
    private Consumer<Annotation> onPick;
    private Runnable onCancel;
    private String refusal;

    public Picking(Selection selection, StatusLine status) {
        this.status = status;
        // another highlight selected (a row of the list, J, K): the pick was given up
        selection.annotationProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id()) {
                cancel();
            }
        });
    }

    /**
     * Waits for a click on a highlight that {@code accepts}; {@code prompt} tells the analyst what to click,
     * {@code refusal} what to do when they click something else.
     */
    public void start(String prompt, String refusal, Predicate<Annotation> accepts, Consumer<Annotation> onPick) {
        start(prompt, refusal, accepts, onPick, () -> { });
    }

    /** As {@link #start(String, String, Predicate, Consumer)}; {@code onCancel} runs when the pick is given up. */
    public void start(String prompt, String refusal, Predicate<Annotation> accepts, Consumer<Annotation> onPick,
                      Runnable onCancel) {
        this.onCancel = onCancel;
        this.accepts = accepts;
        this.onPick = onPick;
        this.refusal = refusal;
        active.set(true);
        status.announce(prompt + " (Esc cancels)");
    }

    /**
     * Hands the highlights under a click (innermost first) to the pick, when one is waiting: the first it accepts is
     * picked. Returns whether the click was the pick's, so that it does not also select.
     */
    public boolean offer(List<Annotation> clicked) {
        if (!active.get()) {
            return false;
        }
        for (Annotation candidate : clicked) {
            if (accepts.test(candidate)) {
                Consumer<Annotation> picked = onPick;
                stop();
                picked.accept(candidate);
                return true;
            }
        }
        status.report(refusal + " (Esc cancels)");
        return true;
    }

    /** Esc, or the selection moved elsewhere: no pick waits any more. */
    public void cancel() {
        if (active.get()) {
            Runnable cancelled = onCancel;
            stop();
            status.announce("Cancelled");
            cancelled.run();
        }
    }

    /** Ends a waiting pick without a word: the analyst chose its target another way (a search). */
    public void stop() {
        active.set(false);
        accepts = null;
        onPick = null;
        onCancel = null;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }
}
