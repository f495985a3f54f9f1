package io.sourcemark.app;

import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.service.AnalyzerSupplier;
import io.sourcemark.service.AnnotationService;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.DetectionService;
import io.sourcemark.service.ImportService;
import io.sourcemark.service.Project;
import io.sourcemark.service.ProjectUnavailableException;
import io.sourcemark.service.UndoHistory;

import java.nio.file.Path;

/** One open project with the services built on it. Opened and closed on the background thread. */
final class ProjectSession implements AutoCloseable {

    private final Project project;
    private final UndoHistory history = new UndoHistory();
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ImportService imports;
    private final DetectionService detection;

    private ProjectSession(Project project, AnalyzerSupplier analyzers) {
        this.project = project;
        this.articles = new ArticleService(project);
        this.annotations = new AnnotationService(project, history);
        this.imports = new ImportService(project, ImporterRegistry.standard());
        this.detection = new DetectionService(project, analyzers);
    }

    static ProjectSession open(Path file, AnalyzerSupplier analyzers) throws ProjectUnavailableException {
        return new ProjectSession(Project.open(file), analyzers);
    }

    DetectionService detection() {
        return detection;
    }

    Path file() {
        return project.file();
    }

    UndoHistory history() {
        return history;
    }

    ArticleService articles() {
        return articles;
    }

    AnnotationService annotations() {
        return annotations;
    }

    ImportService imports() {
        return imports;
    }

    @Override
    public void close() {
        project.close();
    }
}
