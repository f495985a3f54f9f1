package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;
import io.sourcemark.ui.Edits;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.OpenArticle;
import io.sourcemark.ui.Selection;
import io.sourcemark.ui.StatusLine;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/** The article as the reader shows it: its highlights by layer, the text the analyst selects, and marking it. */
public final class ReaderViewModel {

    private final Selection selection;
    private final OpenArticle open;
    private final Edits edits;
    private final StatusLine status;

    // Properties
    private final LayerToggles layers = new LayerToggles();
    private final ObjectProperty<TextRange> textSelection = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper deselectRequests = new ReadOnlyIntegerWrapper();

    public ReaderViewModel(Selection selection, OpenArticle open, Edits edits, StatusLine status) {
        this.selection = selection;
        this.open = open;
        this.edits = edits;
        this.status = status;
    }

    // Commands

    /** Marks the text the analyst selected as {@code kind}, then lets go of the text selection. */
    public void annotateSelection(Kind kind) {
        TextRange range = textSelection.get();
        if (selection.article() == null || range == null || range.isEmpty()) {
            status.report("Select some words of the article first, then press the key of the kind.");
            return;
        }
        edits.annotate(kind, range);
        deselectRequests.set(deselectRequests.get() + 1);
    }

    /** Selects the innermost highlight of a visible layer at {@code offset}, or nothing. */
    public void selectAt(int offset) {
        selection.select(at(offset).stream().findFirst().orElse(null));
    }

    /** Esc: nothing selected, neither a highlight nor text. */
    public void deselect() {
        selection.clear();
        deselectRequests.set(deselectRequests.get() + 1);
    }

    /** What the highlights at {@code offset} are, innermost first, for the tooltip: kind, speaker, origin. */
    public Optional<String> describeAt(int offset) {
        List<Annotation> here = at(offset);
        if (here.isEmpty()) {
            return Optional.empty();
        }
        StringJoiner lines = new StringJoiner("\n");
        for (Annotation a : here) {
            StringJoiner line = new StringJoiner("  ·  ");
            line.add(Names.title(a));
            open.speakerName(a).ifPresent(line::add);
            line.add(Names.of(a.origin()));
            lines.add(line.toString());
        }
        return Optional.of(lines.toString());
    }

    /** The highlights of visible layers covering {@code offset}, innermost first. */
    private List<Annotation> at(int offset) {
        List<Annotation> here = new ArrayList<>();
        for (Annotation a : open.annotations()) {
            if (a.range().contains(offset) && layers.shows(a)) {
                here.add(a);
            }
        }
        here.sort(Comparator.comparingInt(a -> a.range().length()));
        return here;
    }

    // Properties

    public LayerToggles layers() {
        return layers;
    }

    public Selection selection() {
        return selection;
    }

    public OpenArticle open() {
        return open;
    }

    /** The range the analyst has selected in the article's text (set by the view). */
    public ObjectProperty<TextRange> textSelectionProperty() {
        return textSelection;
    }

    /** Raised when the view should let go of the text selection (after marking, on Esc). */
    public ReadOnlyIntegerProperty deselectRequestsProperty() {
        return deselectRequests.getReadOnlyProperty();
    }
}
