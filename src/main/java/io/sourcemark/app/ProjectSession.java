package io.sourcemark.app;

import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.service.AnalyzerSupplier;
import io.sourcemark.service.AnnotationImportService;
import io.sourcemark.service.AnnotationService;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.CheckingServices;
import io.sourcemark.service.CodebookFiles;
import io.sourcemark.service.CodebookService;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.DetectionService;
import io.sourcemark.service.ExportService;
import io.sourcemark.service.ImportService;
import io.sourcemark.service.LinkService;
import io.sourcemark.service.Project;
import io.sourcemark.service.ProjectUnavailableException;
import io.sourcemark.service.SpeakerService;
import io.sourcemark.service.TagService;
import io.sourcemark.service.SearchService;
import io.sourcemark.service.StatisticsService;
import io.sourcemark.service.UndoHistory;
import io.sourcemark.ui.Workspace;

import java.nio.file.Path;

/** One open project with the services built on it. Opened and closed off the FX thread. */
final class ProjectSession implements AutoCloseable {

    private final Project project;
    private final UndoHistory history;
    private final ArticleService articles;
    private final AnnotationService annotations;
    private final ImportService imports;
    private final DetectionService detection;
    private final CheckingServices checking;
    private final SpeakerService speakers;
    private final LinkService links;
    private final Workspace.Tagging tagging;
    private final SearchService search;
    private final StatisticsService statistics;
    /** Made on the first export or import of annotations: their writers and readers need not delay the window. */
    private ExportService exports;
    private AnnotationImportService annotationImports;

    private ProjectSession(Project project, AnalyzerSupplier analyzers, ComputePool compute) {
        this.project = project;
        this.history = new UndoHistory(project);
        this.articles = new ArticleService(project);
        this.annotations = new AnnotationService(project);
        this.imports = new ImportService(project, ImporterRegistry.standard(), compute);
        this.detection = new DetectionService(project, analyzers, compute);
        this.checking = CheckingServices.of(project);
        this.speakers = new SpeakerService(project);
        this.links = new LinkService(project);
        this.tagging = new Workspace.Tagging(new CodebookService(project), new TagService(project),
                new CodebookFiles(project));
        this.search = new SearchService(project);
        this.statistics = new StatisticsService(project);
    }

    static ProjectSession open(Path file, AnalyzerSupplier analyzers, ComputePool compute)
            throws ProjectUnavailableException {
        return new ProjectSession(Project.open(file), analyzers, compute);
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

    CheckingServices checking() {
        return checking;
    }

    Workspace.Tagging tagging() {
        return tagging;
    }

    ImportService imports() {
        return imports;
    }

    SpeakerService speakers() {
        return speakers;
    }

    LinkService links() {
        return links;
    }

    SearchService search() {
        return search;
    }

    StatisticsService statistics() {
        return statistics;
    }

    synchronized ExportService exports() {
        if (exports == null) {
            exports = new ExportService(project);
        }
        return exports;
    }

    synchronized AnnotationImportService annotationImports() {
        if (annotationImports == null) {
            annotationImports = new AnnotationImportService(project);
        }
        return annotationImports;
    }

    @Override
    public void close() {
        project.close();
    }
}
