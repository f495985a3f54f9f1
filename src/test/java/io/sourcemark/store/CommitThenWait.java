package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashSafetyTest}: opens the project and stores one annotation of the given article,
 * then says so and waits to be killed without closing anything. With a fourth argument {@code unfinished} it is
 * killed inside the transaction instead, before the annotation is committed.
 */
final class CommitThenWait {

    private CommitThenWait() {
    }

    public static void main(String[] args) throws ProjectOpenException {
        ProjectStore store = ProjectStore.open(Path.of(args[0]));
        Article article = store.articles().find(Long.parseLong(args[1])).orElseThrow();
        Annotation quote = Samples.annotationOf(article, Kind.DIRECT_QUOTE, Origin.MANUAL, args[2]);
        if (args.length > 3 && args[3].equals("unfinished")) {
            store.inTransaction(() -> {
                Annotation stored = store.annotations().insert(quote);
                System.out.println("UNCOMMITTED " + stored.id());
                System.out.flush();
                sleep();
            });
        }
        Annotation stored = store.annotations().insert(quote);
        System.out.println("COMMITTED " + stored.id());
        System.out.flush();
        sleep();
    }

    private static void sleep() {
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("woken before being killed", e);
        }
    }
}
