package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.service.EvidenceDraft;
import io.sourcemark.ui.Checking;
import io.sourcemark.ui.dialogs.EvidenceDialog;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;

/**
 * The evidence of the selected statement, read again whenever the open article's highlights are shown anew (after
 * any change, undo and redo included), and what the analyst does to it.
 */
final class EvidenceViewModel {

    private final Checking checking;
    private final ObservableList<Evidence> rows = FXCollections.observableArrayList();
    private Annotation statement;

    EvidenceViewModel(Checking checking) {
        this.checking = checking;
    }

    /** Reads the evidence of {@code shown} (a statement, or null for none). */
    void show(Annotation shown) {
        statement = shown;
        if (shown == null) {
            rows.clear();
            return;
        }
        long asked = shown.id();
        checking.evidenceOf(asked, list -> {
            if (statement != null && statement.id() == asked) {
                rows.setAll(list);
            }
        });
    }

    /** Asks for new evidence in a dialog over {@code owner}, then adds it. */
    void add(Window owner) {
        Annotation target = statement;
        if (target != null) {
            EvidenceDialog.ask(owner, null).ifPresent(draft -> add(target, draft));
        }
    }

    void add(Annotation target, EvidenceDraft draft) {
        checking.addEvidence(target, draft, this::reload);
    }

    void edit(Window owner, Evidence evidence) {
        Annotation target = statement;
        EvidenceDialog.ask(owner, evidence).ifPresent(draft -> checking.editEvidence(target, evidence, draft,
                this::reload));
    }

    void delete(Evidence evidence) {
        checking.deleteEvidence(statement, evidence, this::reload);
    }

    void move(Evidence evidence, int step) {
        checking.moveEvidence(statement, evidence, step, this::reload);
    }

    private void reload() {
        show(statement);
    }

    ObservableList<Evidence> rows() {
        return rows;
    }
}
