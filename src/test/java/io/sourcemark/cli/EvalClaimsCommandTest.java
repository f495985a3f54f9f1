package io.sourcemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.analysis.Analyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval-claims prints what the reference scorer score_claims.py prints for the same files, line for line. */
class EvalClaimsCommandTest {

    private static final String GOLD = "src/test/resources/eval/claims_gold.jsonl";
    private static final String SCORER = "src/test/resources/eval/score_claims.py";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Analyzer analyzer;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadEngine() {
        analyzer = Analyzer.load();
    }

    @Test
    void scoresTheEngineAsTheReferenceScoresItsJsonLines() throws Exception {
        CommandRun analysed = CommandRun.of((out, err) -> new AnalyzeCommand(out, err, () -> analyzer),
                "--jsonl", GOLD);
        Path predictions = dir.resolve("pred.jsonl");
        Files.writeString(predictions, analysed.out(), StandardCharsets.UTF_8);

        CommandRun run = eval(GOLD);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("claims: articles=30 missing=0 sentences=1214 gold_check=501 "), run.out());
        assertEquals(reference(GOLD, predictions.toString()), run.out().lines().toList());
        assertEquals(run.out(), eval(GOLD, "--pred", predictions.toString()).out());
    }

    @Test
    void agreesWithTheReferenceOnShiftedOverlappingAndMissingClaimsAtEveryThreshold() throws Exception {
        Path predictions = perturbed();
        for (String threshold : List.of("0", "0.35", "0.5", "0.9")) {
            CommandRun run = eval(GOLD, "--pred", predictions.toString(), "--threshold", threshold);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(reference(GOLD, predictions.toString(), "--threshold", threshold), run.out().lines().toList(),
                    "threshold " + threshold);
        }
    }

    @Test
    void trainingIsRefusedAtOnceWhenItsModelWouldBeWrittenOverAFolder(@TempDir Path folder) {
        // refused before the training, which takes minutes: not once it is done
        CommandRun run = CommandRun.of((out, err) -> new TrainClaimsCommand(out, err, () -> {
            throw new AssertionError("the models were loaded to train");
        }), GOLD, "--out", folder.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertEquals("--out " + folder + " is a folder: give the model file's name, such as "
                + folder.resolve("claims-model.tsv") + ".\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void readsGoldAsAJsonArrayToo() throws Exception {
        Path array = dir.resolve("gold.json");
        List<JsonNode> lines = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of(GOLD))) {
            lines.add(JSON.readTree(l));
        }
        Files.writeString(array, JSON.writeValueAsString(lines.subList(0, 3)));
        Path predictions = perturbed();

        CommandRun run = eval(array.toString(), "--pred", predictions.toString());

        assertEquals(reference(array.toString(), predictions.toString()), run.out().lines().toList());
        assertTrue(run.out().startsWith("claims: articles=3 "), run.out());
    }

    @Test
    void namesTheBrokenLineOfAGoldFile() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"a\", \"text\": \"x\", \"sentences\": []}\n{\"id\": \"b\", \"text\": \"y\"}\n");

        CommandRun run = eval(gold.toString());

        assertEquals(ExitCodes.CANNOT_RUN, run.exitCode());
        assertTrue(run.err().contains(gold + ":2: expected an object with \"id\", \"text\" and \"sentences\""),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void refusesAThresholdThatIsNoScore() {
        for (String threshold : List.of("NaN", "-0.1", "1.5", "Infinity")) {
            CommandRun run = eval(GOLD, "--threshold", threshold);
            assertEquals(ExitCodes.USAGE, run.exitCode(), threshold);
            assertTrue(run.err().startsWith("--threshold is a score from 0 to 1, not “"), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void refusesALabelThatIsNoneOfTheThree() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"a\", \"text\": \"It rose 5%.\", \"sentences\": [{\"start\": 0, "
                + "\"end\": 11, \"label\": \"chek\"}]}\n");

        CommandRun run = eval(gold.toString());

        assertEquals(ExitCodes.CANNOT_RUN, run.exitCode());
        assertTrue(run.err().contains(gold + ":1: sentence [0, 11) has the label \"chek\"; the labels are "
                + "\"check\", \"fact\" and \"none\""), run.err());
        assertEquals("", run.out());
    }

    @Test
    void refusesTwoArticlesOfOneIdAndOffsetsThatAreNotWholeNumbers() throws Exception {
        String line = "{\"id\": \"a\", \"text\": \"It rose 5%%.\", \"sentences\": [{\"start\": %s, \"end\": 11, "
                + "\"label\": \"check\"}]}\n";
        Path twice = dir.resolve("twice.jsonl");
        Files.writeString(twice, String.format(line, "0") + String.format(line, "0"));
        CommandRun run = eval(twice.toString());
        assertEquals(ExitCodes.CANNOT_RUN, run.exitCode());
        assertTrue(run.err().contains(twice + ":2: the id \"a\" is already the id of " + twice + ":1"), run.err());
        assertEquals("", run.out());

        Path fraction = dir.resolve("fraction.jsonl");
        Files.writeString(fraction, String.format(line, "0.5"));
        run = eval(fraction.toString());
        assertEquals(ExitCodes.CANNOT_RUN, run.exitCode());
        assertTrue(run.err().contains(fraction + ":1: each sentence needs \"start\" and \"end\" (whole numbers)"),
                run.err());
        assertEquals("", run.out());
    }

    /**
     * Predictions made from the gold with a fixed seed: check-worthy sentences shifted or cut, some claims doubled
     * (overlapping), some without a score, spurious ones, one article left out and one id not in the gold.
     */
    private Path perturbed() throws IOException {
        Random random = new Random(7);
        StringBuilder out = new StringBuilder();
        List<String> lines = Files.readAllLines(Path.of(GOLD));
        for (int i = 0; i < lines.size(); i++) {
            if (i == 4) {
                continue;
            }
            JsonNode article = JSON.readTree(lines.get(i));
            ObjectNode pred = JSON.createObjectNode();
            pred.set("id", article.get("id"));
            ArrayNode claims = pred.putArray("claims");
            for (JsonNode s : article.get("sentences")) {
                int start = s.get("start").asInt();
                int end = s.get("end").asInt();
                boolean check = s.get("label").asText().equals("check");
                if (check == random.nextInt(5) > 0) {
                    int length = end - start;
                    int from = start + random.nextInt(Math.max(1, length / 2));
                    ObjectNode c = claims.addObject().put("start", from).put("end", Math.min(end + 3, from + length));
                    if (random.nextInt(6) > 0) {
                        c.put("score", Math.round(random.nextDouble() * 1000) / 1000.0);
                    }
                    if (random.nextInt(10) == 0) {
                        claims.addObject().put("start", from).put("end", from + length / 3).put("score", 0.5);
                    }
                }
            }
            out.append(JSON.writeValueAsString(pred)).append('\n');
        }
        out.append("{\"id\": \"not-in-gold\", \"claims\": [{\"start\": 0, \"end\": 10}]}\n");
        Path file = dir.resolve("perturbed.jsonl");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> reference(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", SCORER));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not installed: " + e.getMessage());
            throw e;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        return output.lines().toList();
    }

    @Test
    void readsAGoldFileThatStartsWithAByteOrderMarkAndRefusesAnEmptyOne() throws Exception {
        Path marked = dir.resolve("marked.jsonl");
        Files.writeString(marked, "\uFEFF" + Files.readAllLines(Path.of(GOLD)).get(0) + "\n");
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");

        CommandRun read = eval(marked.toString());
        CommandRun refused = eval(empty.toString());

        assertEquals(0, read.exitCode(), read.err());
        assertTrue(read.out().startsWith("claims: articles=1 "), read.out());
        assertEquals(ExitCodes.CANNOT_RUN, refused.exitCode());
        assertTrue(refused.err().contains(empty + " holds no article"), refused.err());
    }

    private CommandRun eval(String... args) {
        return CommandRun.of((out, err) -> new EvalClaimsCommand(out, err, () -> analyzer), args);
    }
}
