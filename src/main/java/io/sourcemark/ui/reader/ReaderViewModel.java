package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;
import io.sourcemark.ui.Edits;
import io.sourcemark.ui.FindHits;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.OpenArticle;
import io.sourcemark.ui.Picking;
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
    private final Picking picking;
    private final FindHits found;

    // Properties
    private final LayerToggles layers = new LayerToggles();
    private final ObjectProperty<TextRange> textSelection = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper deselectRequests = new ReadOnlyIntegerWrapper();

    public ReaderViewModel(Selection selection, OpenArticle open, Edits edits, StatusLine status, Picking picking,
                           FindHits found) {
        this.found = found;
        this.selection = selection;
        this.open = open;
        this.edits = edits;
        this.status = status;
        this.picking = picking;
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

    /** Moves a highlight to {@code range} (its edge dragged in the article), as one undoable change. */
    public void adjustRangeTo(Annotation target, TextRange range) {
        edits.adjustRangeTo(target, range);
    }

    /** Selects the innermost highlight of a visible layer at {@code offset}, or nothing; a waiting pick takes it. */
    public void selectAt(int offset) {
        if (picking.offer(at(offset))) {
            return;
        }
        selection.select(at(offset).stream().findFirst().orElse(null));
    }

    /** Esc: nothing selected, neither a highlight nor text. */
    public void deselect() {
        picking.cancel();
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
            if (a.verification() != null && a.verification().verdict() != io.sourcemark.model.Verdict.NOT_CHECKED) {
                line.add("verdict: " + Names.of(a.verification().verdict()));
            }
            List<String> tags = open.tagsOf(a).stream().map(io.sourcemark.model.Tag::name).toList();
            if (!tags.isEmpty()) {
                line.add("tags: " + String.join(", ", tags));
            }
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

    /** True while a pick (P, L) waits for a click on a highlight. */
    public javafx.beans.property.ReadOnlyBooleanProperty pickingProperty() {
        return picking.activeProperty();
    }

    /** The words a search found in the article. */
    public FindHits found() {
        return found;
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
