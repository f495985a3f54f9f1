package io.sourcemark.bench;

import io.sourcemark.model.SpeakerOverview;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.TestProject;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the Speakers tab reads, on a library of the samples over and over with their suggestions: every speaker with
 * their statements counted and the open article's speakers (opening the tab), and the busiest speaker's statements
 * across the library (who said what); against the library list read in the same run (the floor). The article count
 * is the first argument (default 10,000). Run with the test classpath (see the README's "Benchmarks").
 */
public final class SpeakerReadBenchmark {

    private static final int ROUNDS = 30;

    private SpeakerReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = BenchFolders.temporary("sourcemark-speakers");
        Path folder = ManyArticles.write(dir.resolve("articles"), articles);
        try (TestProject project = TestProject.open(dir.resolve("speakers.sourcemark"))) {
            project.imports().importPaths(List.of(folder), ImportProgress.NONE, () -> false);
            List<Long> ids = project.detection().allArticleIds();
            project.detection().detectEach(ids, ImportProgress.NONE, () -> false);
            long first = ids.get(0);
            List<SpeakerOverview> all = project.speakers().speakers();
            SpeakerOverview busiest = all.stream().max(Comparator.comparingInt(SpeakerOverview::statements))
                    .orElseThrow();
            System.out.printf(Locale.ROOT, "%d articles, %d speakers; the busiest, %s, has %d statements%n",
                    ids.size(), all.size(), busiest.speaker().name(), busiest.statements());

            double floor = median(() -> project.articles().list(""));
            double tab = median(() -> {
                project.speakers().speakers();
                project.speakers().speakerIdsIn(first);
            });
            double said = median(() -> project.speakers().statementsOf(busiest.speaker().id()));
            System.out.printf(Locale.ROOT, "library list (floor): median %.1f ms%n", floor);
            System.out.printf(Locale.ROOT, "open the Speakers tab: median %.1f ms (%.1f× the floor)%n", tab,
                    tab / floor);
            System.out.printf(Locale.ROOT, "who said what, busiest speaker: median %.1f ms (%.1f× the floor)%n",
                    said, said / floor);
        }
    }

    private static double median(Runnable read) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            read.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(millis);
        return millis.get(ROUNDS / 2);
    }
}
