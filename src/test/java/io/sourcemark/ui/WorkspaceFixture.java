package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.CodebookFiles;
import io.sourcemark.service.CodebookService;
import io.sourcemark.service.TagService;
import io.sourcemark.service.SearchService;
import io.sourcemark.service.StatisticsService;
import io.sourcemark.service.TestProject;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/** A workspace on a real project file with the sample articles, the AFP article open. */
final class WorkspaceFixture implements AutoCloseable {

    final TestProject project;
    final Workspace workspace;
    final long afpId;

    private WorkspaceFixture(TestProject project, Tasks tasks) {
        this.project = project;
        this.afpId = project.imports().importBundledSamples();
        this.workspace = new Workspace(tasks, project.articles(), project.annotations(), project.history(),
                project.detection(), project.checking(), project.speakers(), project.links(),
                new Workspace.Tagging(new CodebookService(project.project()), new TagService(project.project()),
                        new CodebookFiles(project.project())),
                new SearchService(project.project()), new StatisticsService(project.project()));
    }

    /** Everything at once on the test's thread. */
    static WorkspaceFixture open(Path dir) throws Exception {
        WorkspaceFixture fixture = new WorkspaceFixture(TestProject.open(dir.resolve("workspace.sourcemark")),
                Tasks.sameThread());
        fixture.workspace.library().reload();
        fixture.workspace.navigator().open(fixture.afpId);
        return fixture;
    }

    /** Actions and queries wait in {@code worker} until the test runs them. */
    static WorkspaceFixture queued(Path dir, Executor worker) throws Exception {
        return new WorkspaceFixture(TestProject.open(dir.resolve("workspace.sourcemark")), Tasks.queuedOn(worker));
    }

    String body() {
        return project.read(tx -> tx.articles().find(afpId)).orElseThrow().body();
    }

    TextRange rangeOf(String words) {
        int start = body().indexOf(words);
        return new TextRange(start, start + words.length());
    }

    /** Stores suggestions of {@code kind} over the words, as detection would. */
    void suggest(Kind kind, String... words) {
        String body = body();
        project.write(tx -> {
            for (String w : words) {
                int at = body.indexOf(w);
                tx.annotations().insert(Annotation.of(afpId, kind, Origin.DETECTED, new TextRange(at, at + w.length()),
                        body));
            }
            return null;
        });
    }

    void mark(Kind kind, String words) {
        workspace.reader().textSelectionProperty().set(rangeOf(words));
        workspace.reader().annotateSelection(kind);
    }

    @Override
    public void close() {
        project.close();
    }
}
