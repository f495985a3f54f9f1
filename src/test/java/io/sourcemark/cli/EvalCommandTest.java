package io.sourcemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sourcemark.analysis.Analyzer;
import io.sourcemark.analysis.eval.AttributionReader;
import io.sourcemark.analysis.eval.QuoteScorer;
import io.sourcemark.analysis.eval.Units;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    private static final String GOLD = "src/test/resources/eval/dev_gold.jsonl";
    private static final String CHALLENGE = "src/test/resources/eval/challenge_gold.jsonl";
    private static final Pattern LEVEL_LINE = Pattern.compile("\\[(exact   |cov>=0\\.8|cov>=0\\.3)\\] gold=\\d+ "
            + "pred=\\d+ tp=\\d+  P=[01]\\.\\d{3} R=[01]\\.\\d{3} F1=[01]\\.\\d{3} \\| speaker acc on matched "
            + "\\(n=\\d+\\): span=[01]\\.\\d{3} name/span=[01]\\.\\d{3} \\| quote\\+speaker P=[01]\\.\\d{3} "
            + "R=[01]\\.\\d{3} F1=[01]\\.\\d{3} \\| recall by gold kind .*");

    private static Analyzer analyzer;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadEngine() {
        analyzer = Analyzer.load();
    }

    @Test
    void printsF1LinesForDirectAndAllUnits() {
        CommandRun run = eval(GOLD);

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("articles scored: 16 (missing predictions for 0); units=direct", lines.get(0));
        assertEquals("", lines.get(4));
        assertEquals("articles scored: 16 (missing predictions for 0); units=all", lines.get(5));
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            assertTrue(LEVEL_LINE.matcher(lines.get(i)).matches(), lines.get(i));
        }
        assertEquals("", lines.get(9));
        assertEquals(EvalCommand.WITHOUT_TURNS, lines.get(10));
        assertEquals("articles scored: 16 (missing predictions for 0); units=direct", lines.get(11));
        for (int i : new int[] {12, 13, 14}) {
            assertTrue(LEVEL_LINE.matcher(lines.get(i)).matches(), lines.get(i));
        }
        assertEquals(15, lines.size());
    }

    @Test
    void scoresTheEngineAsItsJsonLinesScore() throws Exception {
        CommandRun analysed = CommandRun.of((out, err) -> new AnalyzeCommand(out, err, () -> analyzer),
                "--jsonl", GOLD);
        Path predictions = dir.resolve("pred.jsonl");
        Files.writeString(predictions, analysed.out(), StandardCharsets.UTF_8);
        AttributionReader reader = new AttributionReader();
        List<String> expected = new ArrayList<>();
        for (Units u : Units.values()) {
            if (!expected.isEmpty()) {
                expected.add("");
            }
            expected.addAll(new QuoteScorer().score(reader.read(Path.of(GOLD)), reader.read(predictions), u).lines());
        }

        assertEquals(expected, eval(GOLD).out().lines().toList().subList(0, expected.size()));
    }

    @Test
    void scoresAPredictionFileInTheReferenceLayout() throws Exception {
        CommandRun run = eval(GOLD, "--pred", "src/test/resources/eval/pred_perturbed.jsonl", "--units", "all");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readAllLines(Path.of("src/test/resources/eval/expected/perturbed_all.txt")),
                run.out().lines().toList());
    }

    @Test
    void namesTheBrokenLineOfAGoldFile() throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"a\", \"text\": \"x\", \"quotes\": []}\n{\"id\": \"b\", \"quotes\": [\n");

        CommandRun run = eval(gold.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(gold + ":2: not a JSON object"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void readsAGoldFileThatStartsWithAByteOrderMarkAndRefusesAnEmptyOne() throws Exception {
        Path marked = dir.resolve("marked.jsonl");
        Files.writeString(marked, "\uFEFF" + Files.readAllLines(Path.of(GOLD)).get(0) + "\n");
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");

        CommandRun read = eval(marked.toString());
        CommandRun refused = eval(empty.toString());

        assertEquals(0, read.exitCode(), read.err());
        assertTrue(read.out().contains("F1"), read.out());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains(empty + " holds no article"), refused.err());
        assertEquals("", refused.out());
    }

    @Test
    void refusesAGoldFileWhoseQuotesAreNotAListOrRunPastTheText() throws Exception {
        Path notAList = dir.resolve("not-a-list.jsonl");
        Files.writeString(notAList, "{\"id\": \"a\", \"text\": \"He said so.\", \"quotes\": \"none\"}\n");
        CommandRun run = eval(notAList.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(notAList + ":1: \"quotes\" must be a list"), run.err());

        Path past = dir.resolve("past.jsonl");
        Files.writeString(past, "{\"id\": \"a\", \"text\": \"He said so.\", \"quotes\": [{\"start\": 3, "
                + "\"end\": 400, \"kind\": \"direct\"}]}\n");
        run = eval(past.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(past + ":1 quote 0: range [3, 400) is past the end of the text (11 "
                + "characters)"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void refusesGoldTheScorerWouldReadWrongWithoutAWord() throws Exception {
        String line = "{\"id\": \"a\", \"text\": \"He said \\\"so\\\".\", \"quotes\": [%s]}";
        String good = "{\"start\": 8, \"end\": 12, \"kind\": \"direct\"}";
        assertRefused("twice.jsonl", String.format(line, good) + "\n" + String.format(line, good) + "\n",
                ":2: the id \"a\" is already the id of ", ":1; each article must have its own");
        assertRefused("float.jsonl", String.format(line, "{\"start\": 8.6, \"end\": 12, \"kind\": \"direct\"}"),
                ":1 quote 0: \"start\" and \"end\" must be whole numbers, both given (found 8.6 and 12)", "");
        assertRefused("speaker.jsonl", String.format(line, "{\"start\": 8, \"end\": 12, \"speaker_start\": 0}"),
                ":1 quote 0: \"speaker_start\" and \"speaker_end\" must be whole numbers, both given "
                + "(found 0 and null)", "");
        assertRefused("kind.jsonl", String.format(line, "{\"start\": 8, \"end\": 12, \"kind\": \"drect\"}"),
                ":1 quote 0: the kind \"drect\" is not one of \"direct\", \"mixed\" and \"indirect\"", "");
        assertRefused("span.jsonl", String.format(line, "{\"start\": 8, \"end\": 12, \"kind\": \"mixed\", "
                + "\"quoted_spans\": [[0, 2]]}"), ":1 quote 0: quoted span [0, 2) is outside its quote [8, 12)", "");
        assertRefused("joined.jsonl", String.format(line, good) + " " + String.format(line, good).replace("\"a\"",
                "\"b\""), ":1: not a JSON object (", "");
    }

    private void assertRefused(String name, String content, String says, String andSays) throws Exception {
        Path gold = dir.resolve(name);
        Files.writeString(gold, content);
        CommandRun run = eval(gold.toString());
        assertEquals(1, run.exitCode(), name + ": " + run.out());
        assertTrue(run.err().contains(gold + says) && run.err().contains(andSays), run.err());
        assertEquals("", run.out());
    }

    @Test
    void refusesUnknownUnits() {
        CommandRun run = eval(GOLD, "--units", "words");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Unknown units 'words'"), run.err());
    }

    @Test
    void unitsBothAsTheHelpSaysScoresDirectThenAll() {
        CommandRun both = eval(GOLD, "--units", "both");

        assertEquals(0, both.exitCode(), both.err());
        assertEquals(eval(GOLD).out(), both.out());
    }

    @Test
    void scoresSeveralGoldFilesOneBlockEachUnderItsName() {
        CommandRun both = eval(GOLD, CHALLENGE);

        assertEquals(0, both.exitCode(), both.err());
        List<String> expected = new ArrayList<>();
        expected.add("== " + GOLD);
        expected.addAll(eval(GOLD).out().lines().toList());
        expected.add("");
        expected.add("== " + CHALLENGE);
        expected.addAll(eval(CHALLENGE).out().lines().toList());
        assertEquals(expected, both.out().lines().toList());
        assertEquals("articles scored: 60 (missing predictions for 0); units=direct", expected.get(18));
    }

    @Test
    void refusesOnePredictionFileForSeveralGoldFiles() {
        CommandRun run = eval(GOLD, CHALLENGE, "--pred", "src/test/resources/eval/pred_perturbed.jsonl");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--pred scores one gold file"), run.err());
        assertEquals("", run.out());
    }

    private CommandRun eval(String... args) {
        return CommandRun.of((out, err) -> new EvalCommand(out, err, () -> analyzer), args);
    }
}
