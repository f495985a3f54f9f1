package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project file with the AFP article and the services of the codebook, for the tagging tests. */
final class TagFixture implements AutoCloseable {

    static final Path AFP = Path.of("sample-articles", "000-afp-north-korea-arms-russia.txt");

    final TestProject project;
    final CodebookService codebook;
    final TagService tagging;
    final CodebookFiles files;
    final Article afp;

    TagFixture(Path dir) throws Exception {
        project = TestProject.open(dir.resolve("tags.sourcemark"));
        ImportReport report = project.imports().importPaths(List.of(AFP), ImportProgress.NONE, () -> false);
        afp = project.read(tx -> tx.articles().find(report.imported().get(0).articleId())).orElseThrow();
        codebook = new CodebookService(project.project());
        tagging = new TagService(project.project());
        files = new CodebookFiles(project.project());
    }

    TextRange rangeOf(String words) {
        int start = afp.body().indexOf(words);
        assertTrue(start >= 0, words);
        return new TextRange(start, start + words.length());
    }

    Annotation mark(Kind kind, String words) {
        return project.annotations().annotate(afp.id(), kind, rangeOf(words));
    }

    List<Tag> tags() {
        return project.read(tx -> tx.tags().list());
    }

    Tag tag(String name) {
        return tags().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    List<String> tagNamesOf(long annotationId) {
        return project.read(tx -> tx.tags().forAnnotation(annotationId)).stream().map(Tag::name).toList();
    }

    List<Annotation> annotations() {
        return project.read(tx -> tx.annotations().forArticle(afp.id()));
    }

    String undo() {
        return project.history().undo().orElseThrow().label();
    }

    String redo() {
        return project.history().redo().orElseThrow().label();
    }

    @Override
    public void close() {
        project.close();
    }
}
