package io.sourcemark.service;

import io.sourcemark.analysis.Analyzer;
import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.store.Repositories;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A project file opened with every service wired as the application wires them, for tests of any package. The
 * engine is loaded once per test run and shared.
 */
public final class TestProject implements AutoCloseable {

    private static final AnalyzerSupplier ENGINE = new AnalyzerSupplier(Analyzer::load);

    private final Project project;
    private final ComputePool compute = new ComputePool(2);
    private final ImportService imports;
    private final AnnotationService annotations;
    private final DetectionService detection;
    private final ArticleService articles;
    private final UndoHistory history;
    private final CheckingServices checking;
    private final SpeakerService speakers;
    private final LinkService links;

    private TestProject(Project project) {
        this.project = project;
        this.imports = new ImportService(project, ImporterRegistry.standard(), compute);
        this.annotations = new AnnotationService(project);
        this.detection = new DetectionService(project, ENGINE, compute);
        this.articles = new ArticleService(project);
        this.history = new UndoHistory(project);
        this.checking = CheckingServices.of(project);
        this.speakers = new SpeakerService(project);
        this.links = new LinkService(project);
    }

    public static TestProject open(Path file) throws ProjectUnavailableException {
        return new TestProject(Project.open(file));
    }

    /** The engine of every test, loaded on first use. */
    public static AnalyzerSupplier engine() {
        return ENGINE;
    }

    public Project project() {
        return project;
    }

    public ComputePool compute() {
        return compute;
    }

    public ImportService imports() {
        return imports;
    }

    public AnnotationService annotations() {
        return annotations;
    }

    public DetectionService detection() {
        return detection;
    }

    public ArticleService articles() {
        return articles;
    }

    public CheckingServices checking() {
        return checking;
    }

    public UndoHistory history() {
        return history;
    }

    public SpeakerService speakers() {
        return speakers;
    }

    public LinkService links() {
        return links;
    }

    /** Reads the project as it is committed. */
    public <T> T read(Function<Repositories, T> work) {
        return project.read(work);
    }

    /** Writes straight through the store, as one change named "Test setup". */
    public <T> T write(Function<Repositories, T> work) {
        return project.change("Test setup", work);
    }

    public void run(Consumer<Repositories> work) {
        write(tx -> {
            work.accept(tx);
            return null;
        });
    }

    @Override
    public void close() {
        try {
            project.close();
        } finally {
            compute.close();
        }
    }
}
