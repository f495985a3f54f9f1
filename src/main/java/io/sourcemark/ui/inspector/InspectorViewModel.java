package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.ui.Checking;
import io.sourcemark.ui.Edits;
import io.sourcemark.ui.OpenArticle;
import io.sourcemark.ui.Selection;
import io.sourcemark.ui.TagCommands;

import java.util.Optional;

/** The selected highlight as the inspector shows it, and what the analyst can do to it there. */
public final class InspectorViewModel {

    private final Selection selection;
    private final OpenArticle open;
    private final Edits edits;
    private final Checking checking;
    private final TagCommands tags;

    public InspectorViewModel(Selection selection, OpenArticle open, Edits edits, Checking checking,
                              TagCommands tags) {
        this.selection = selection;
        this.open = open;
        this.edits = edits;
        this.checking = checking;
        this.tags = tags;
    }

    /** Verdicts, evidence and notes of the selected highlight and the open article. */
    public Checking checking() {
        return checking;
    }

    // Commands

    public void changeKind(Kind kind) {
        Annotation selected = selection.annotation();
        if (selected != null && selected.kind() != kind) {
            edits.changeKind(selected, kind);
        }
    }

    public void accept() {
        Annotation selected = selection.annotation();
        if (selected != null) {
            edits.accept(selected);
        }
    }

    public void reject() {
        Annotation selected = selection.annotation();
        if (selected != null) {
            edits.reject(selected);
        }
    }

    // Properties

    public OpenArticle open() {
        return open;
    }

    public TagCommands tags() {
        return tags;
    }

    public Selection selection() {
        return selection;
    }

    static boolean isSuggestion(Annotation annotation) {
        return annotation != null && annotation.origin() == Origin.DETECTED;
    }

    Optional<String> speakerName(Annotation annotation) {
        return open.speakerName(annotation);
    }

    /** The words of the annotation's cue ("said"), when it has one. */
    Optional<String> cueText(Annotation annotation) {
        String body = selection.article() == null ? null : selection.article().body();
        if (annotation.cue() == null || body == null || annotation.cue().end() > body.length()) {
            return Optional.empty();
        }
        return Optional.of(annotation.cue().of(body));
    }
}
