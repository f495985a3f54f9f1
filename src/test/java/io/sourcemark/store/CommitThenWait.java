package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: opens the project, stores one annotation of its first article, says
 * so, then waits to be killed without closing anything.
 */
final class CommitThenWait {

    private CommitThenWait() {
    }

    public static void main(String[] args) throws Exception {
        ProjectStore store = ProjectStore.open(Path.of(args[0]));
        Article article = store.articles().find(Long.parseLong(args[1])).orElseThrow();
        Annotation stored = store.annotations().insert(
                Samples.annotationOf(article, Kind.DIRECT_QUOTE, Origin.MANUAL, args[2]));
        System.out.println("COMMITTED " + stored.id());
        System.out.flush();
        Thread.sleep(60_000);
    }
}
