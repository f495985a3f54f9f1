package io.sourcemark.service;

/** The services of checking statements and keeping articles: verdicts, evidence, notes, article details. */
public record CheckingServices(VerificationService verification, EvidenceService evidence, NoteService notes,
                               ArticleEditService articles) {

    public static CheckingServices of(Project project) {
        return new CheckingServices(new VerificationService(project), new EvidenceService(project),
                new NoteService(project), new ArticleEditService(project));
    }
}
