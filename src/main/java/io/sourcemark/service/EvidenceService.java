package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Stance;
import io.sourcemark.store.Repositories;

import java.util.ArrayList;
import java.util.List;

/**
 * The sources an analyst cites for a statement's check, in the analyst's order. Every call is one change of its own
 * ("Add evidence"), undone as one step; a web address is required (http or https), so that opening it never runs a
 * local file or another program.
 */
public final class EvidenceService {

    private final Project project;

    public EvidenceService(Project project) {
        this.project = project;
    }

    /** The statement's evidence, in the analyst's order. */
    public List<Evidence> forStatement(long statementId) {
        return project.read(tx -> tx.evidence().forAnnotation(statementId));
    }

    /**
     * Adds evidence after the statement's other evidence.
     *
     * @throws IllegalArgumentException when the address is not a web address or the statement is gone
     */
    public Evidence add(long statementId, EvidenceDraft draft) {
        Evidence checked = checked(0, null, statementId, draft);
        return project.change("Add evidence", tx -> {
            Annotation statement = VerificationService.statement(tx, statementId);
            tx.focus(statement.articleId(), statementId);
            AnalystWork.review(tx, statement);
            return tx.evidence().insert(checked);
        });
    }

    /** Replaces the address, title, note, stance and access date of {@code existing}. */
    public Evidence update(Evidence existing, EvidenceDraft draft) {
        Evidence checked = checked(existing.id(), existing.uid(), existing.annotationId(), draft);
        return project.change("Edit evidence", tx -> {
            Annotation statement = stored(tx, existing);
            tx.focus(statement.articleId(), statement.id());
            boolean same = tx.evidence().forAnnotation(statement.id()).stream().anyMatch(checked::equals);
            if (!same) {
                // an update that writes the same values would still be recorded as a step to undo
                tx.evidence().update(checked);
            }
            return checked;
        });
    }

    public void delete(Evidence existing) {
        project.change("Delete evidence", tx -> {
            Annotation statement = stored(tx, existing);
            tx.focus(statement.articleId(), statement.id());
            tx.evidence().delete(existing.id());
            return null;
        });
    }

    /**
     * Moves the evidence {@code step} places (negative: up) among the statement's evidence; at either end it stays.
     *
     * @return the statement's evidence in its new order
     */
    public List<Evidence> move(Evidence existing, int step) {
        return project.change(step < 0 ? "Move evidence up" : "Move evidence down", tx -> {
            Annotation statement = stored(tx, existing);
            tx.focus(statement.articleId(), statement.id());
            List<Evidence> order = new ArrayList<>(tx.evidence().forAnnotation(statement.id()));
            int from = indexOf(order, existing.id());
            int to = Math.max(0, Math.min(order.size() - 1, from + step));
            if (from == to) {
                return order;
            }
            order.add(to, order.remove(from));
            tx.evidence().reorder(statement.id(), order.stream().map(Evidence::id).toList());
            return order;
        });
    }

    private static Annotation stored(Repositories tx, Evidence existing) {
        Annotation statement = VerificationService.statement(tx, existing.annotationId());
        indexOf(tx.evidence().forAnnotation(statement.id()), existing.id());
        return statement;
    }

    private static int indexOf(List<Evidence> evidence, long id) {
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i).id() == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("This evidence no longer exists in the project.");
    }

    private static Evidence checked(long id, String uid, long statementId, EvidenceDraft draft) {
        String url = WebLinks.required(draft.url(), "Evidence");
        Stance stance = draft.stance() == null ? Stance.CONTEXT : draft.stance();
        return new Evidence(id, uid, statementId, url, Text.orNull(draft.title()), Text.orNull(draft.note()), stance,
                draft.accessed());
    }
}
