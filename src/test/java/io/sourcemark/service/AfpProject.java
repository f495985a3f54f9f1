package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project file holding the AFP sample article and nothing else, for the tests of the analyst's changes. */
final class AfpProject implements AutoCloseable {

    static final Path AFP = Path.of("sample-articles", "000-afp-north-korea-arms-russia.txt");

    final TestProject project;
    final Article afp;

    private AfpProject(TestProject project, Article afp) {
        this.project = project;
        this.afp = afp;
    }

    static AfpProject in(Path dir) throws Exception {
        TestProject project = TestProject.open(dir.resolve("test.sourcemark"));
        ImportReport report = project.imports().importPaths(List.of(AFP), ImportProgress.NONE, () -> false);
        long id = report.imported().get(0).articleId();
        return new AfpProject(project, project.read(tx -> tx.articles().find(id)).orElseThrow());
    }

    TextRange rangeOf(String words) {
        int start = afp.body().indexOf(words);
        assertTrue(start >= 0, words);
        return new TextRange(start, start + words.length());
    }

    /** A highlight as the engine would store it: a suggestion. */
    Annotation suggest(Kind kind, String words) {
        return project.write(tx -> tx.annotations().insert(Annotation.of(afp.id(), kind, Origin.DETECTED,
                rangeOf(words), afp.body())));
    }

    Annotation mark(Kind kind, String words) {
        return project.annotations().annotate(afp.id(), kind, rangeOf(words));
    }

    Annotation stored(long id) {
        return project.read(tx -> tx.annotations().find(id)).orElseThrow();
    }

    @Override
    public void close() {
        project.close();
    }
}
