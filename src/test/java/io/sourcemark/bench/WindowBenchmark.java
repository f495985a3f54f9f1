package io.sourcemark.bench;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.TestProject;
import io.sourcemark.store.Priority;
import io.sourcemark.store.ProjectStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Times the real window, each run in a fresh JVM (headless Monocle, software rendering):
 * <ul>
 *   <li>first run: start to the AFP article drawn with its highlights, on a new project (samples imported, engine
 *   loaded, suggestions detected);</li>
 *   <li>start on that project again: start to the article drawn with its stored highlights;</li>
 *   <li>opening a 2 MB article assembled from the sample articles, with 20,000 highlights, from the library.</li>
 * </ul>
 * With the argument {@code start}, only the first two figures; with {@code pause}, only the last: the FX thread's
 * longest wait while detection runs.
 * Run: {@code ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt}, then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.sourcemark.bench.WindowBenchmark}.
 * To look inside a probe: {@code -Dbench.childOptions="-Djavafx.pulseLogger=true"} passes options to each probe's
 * JVM (a flight recording, a GC log), and {@code -Dbench.echo=true} prints all that the probes print.
 */
public final class WindowBenchmark {

    private static final int RUNS = 5;
    private static final int LARGE_CHARS = 2_000_000;
    private static final int LARGE_HIGHLIGHTS = 20_000;

    private WindowBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = BenchFolders.temporary("sourcemark-window-bench");
        Path project = dir.resolve("bench.sourcemark");
        // The settings persist between the starts, as an analyst's do: the app reopens the article last viewed.
        Path config = dir.resolve("config");
        if (args.length > 0 && args[0].equals("pause")) {
            pause(dir);
            return;
        }
        System.out.printf("first run (import samples, load engine, detect, draw): %d ms%n",
                probe(config, "start", project));
        // the app and the floor alternate, so that the machine's load falls on both alike
        List<Long> starts = new ArrayList<>();
        List<Long> floors = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            starts.add(probe(config, "start", project));
            floors.add(run(FloorProbe.class.getName()));
        }
        System.out.printf("start to first article drawn with its highlights: median %d ms (runs %s)%n",
                median(starts), starts);
        System.out.printf("floor, a bare JavaFX window with a RichTextFX area showing the article: median %d ms "
                + "(runs %s)%n", median(floors), floors);
        System.out.printf("ratio of the medians: %.2f%n", (double) median(starts) / median(floors));
        if (args.length > 0 && args[0].equals("start")) {
            return;
        }

        Path large = dir.resolve("large.sourcemark");
        int chars = buildLargeProject(large);
        List<Long> opens = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            opens.add(probe(dir.resolve("config-large-" + i), "open", large, "1"));
        }
        System.out.printf("open a %,d-character article with %,d highlights: median %d ms (runs %s)%n",
                chars, LARGE_HIGHLIGHTS, median(opens), opens);

        Path paragraph = dir.resolve("paragraph.sourcemark");
        int paragraphChars = buildOneParagraphProject(paragraph);
        List<Long> paragraphOpens = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            paragraphOpens.add(probe(dir.resolve("config-paragraph-" + i), "open", paragraph, "1"));
        }
        System.out.printf("open an article that is one paragraph of %,d characters: median %d ms (runs %s)%n",
                paragraphChars, median(paragraphOpens), paragraphOpens);

        pause(dir);
    }

    /** The FX thread's longest wait while the window detects in a library of 1,000 articles never analysed. */
    private static void pause(Path dir) throws Exception {
        Path many = dir.resolve("many.sourcemark");
        try (TestProject manyArticles = TestProject.open(many)) {
            manyArticles.imports().importPaths(List.of(ManyArticles.write(dir.resolve("many"), 1000)),
                    ImportProgress.NONE, () -> false);
        }
        System.out.printf("longest wait of the FX thread while the window detects in 1,000 articles, once it shows "
                + "the first: %d ms%n",
                probe(dir.resolve("config-many"), "pause", many));
    }

    /** A project with the AFP article first and after it an article of one 5 MB paragraph, a few highlights on it. */
    private static int buildOneParagraphProject(Path file) throws Exception {
        String text = ("The council said on Tuesday that the bridge would reopen in May, and the mayor added that "
                + "“the repairs are on schedule.” ").repeat(5_000_000 / 120);
        String afp = Files.readString(Path.of("sample-articles/000-afp-north-korea-arms-russia.txt")).strip() + "\n";
        try (ProjectStore store = ProjectStore.open(file)) {
            store.change(Priority.BACKGROUND, "Build a project", tx -> {
                long first = tx.articles().insert(new ArticleMeta("A sample article to start on", "Bench",
                        null, null, null, null, null, null), afp, sha256(afp)).id();
                tx.annotations().insert(Annotation.of(first, Kind.CLAIM, Origin.MANUAL, new TextRange(0, 40), afp));
                long id = tx.articles().insert(new ArticleMeta("Zz one paragraph of five megabytes", "Bench",
                        null, null, null, null, null, null), text, sha256(text)).id();
                for (int at = 0; at + 200 < text.length(); at += text.length() / 50) {
                    tx.annotations().insert(Annotation.of(id, Kind.INDIRECT_QUOTE, Origin.DETECTED,
                            new TextRange(at + 4, at + 80), text));
                }
                return null;
            });
        }
        return text.length();
    }

    private static long probe(Path config, String mode, Path project, String... more) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("-Dsourcemark.configDir=" + config,
                WindowProbe.class.getName(), mode, project.toString()));
        arguments.addAll(List.of(more));
        return run(arguments.toArray(String[]::new));
    }

    /** Runs a probe in a fresh headless JVM and returns the number it prints after RESULT. */
    private static long run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        String childOptions = System.getProperty("bench.childOptions", "");
        if (!childOptions.isBlank()) {
            command.addAll(List.of(childOptions.trim().split("\\s+")));
        }
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder printed = new StringBuilder();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring("RESULT ".length()).trim();
                } else if (line.startsWith("DETAIL ")) {
                    System.out.println("  " + line.substring("DETAIL ".length()));
                }
                printed.append(line).append('\n');
                if (Boolean.getBoolean("bench.echo")) {
                    System.out.println("    | " + line);
                }
            }
        }
        process.waitFor();
        if (result == null) {
            throw new IllegalStateException("The probe printed no result (exit " + process.exitValue() + "):\n"
                    + printed);
        }
        return Long.parseLong(result);
    }

    /** A project with the AFP article first and a 2 MB article of sample texts with 20,000 highlights after it. */
    private static int buildLargeProject(Path file) throws Exception {
        String text = SampleCorpus.ofSize(LARGE_CHARS / (double) SampleCorpus.MB).strip() + "\n";
        String afp = Files.readString(Path.of("sample-articles/000-afp-north-korea-arms-russia.txt")).strip() + "\n";
        Kind[] kinds = {Kind.DIRECT_QUOTE, Kind.SPEAKER, Kind.INDIRECT_QUOTE, Kind.CLAIM};
        try (ProjectStore store = ProjectStore.open(file)) {
            store.change(Priority.BACKGROUND, "Build a large project", tx -> {
                long first = tx.articles().insert(new ArticleMeta("A sample article to start on", "Bench",
                        null, null, null, null, null, null), afp, sha256(afp)).id();
                tx.annotations().insert(Annotation.of(first, Kind.CLAIM, Origin.MANUAL, new TextRange(0, 40), afp));
                long id = tx.articles().insert(new ArticleMeta("Zz large article of sample texts", "Bench",
                        null, null, null, null, null, null), text, sha256(text)).id();
                int step = text.length() / LARGE_HIGHLIGHTS;
                for (int i = 0; i < LARGE_HIGHLIGHTS; i++) {
                    int start = i * step;
                    // every fourth highlight overlaps the next one, as a speaker inside a quote does
                    int length = i % 4 == 1 ? step + step / 2 : step * 2 / 3;
                    TextRange range = new TextRange(start, Math.min(text.length(), start + Math.max(1, length)));
                    Origin origin = i % 3 == 0 ? Origin.DETECTED : Origin.CONFIRMED;
                    tx.annotations().insert(Annotation.of(id, kinds[i % kinds.length], origin, range, text));
                }
                return null;
            });
        }
        return text.length();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
