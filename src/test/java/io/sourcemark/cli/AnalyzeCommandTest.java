package io.sourcemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.analysis.Analyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    private static final String TEXT = "Sullivan said: \u201CThey will pay the price.\u201D Moscow declined to comment.";
    private static final String QUOTE = "\u201CThey will pay the price.\u201D";
    private static final Set<String> QUOTE_FIELDS = Set.of("start", "end", "kind", "fragments", "quoted_spans",
            "speaker", "speaker_start", "speaker_end", "speaker_name", "cue", "cue_start", "cue_end", "confidence");

    private static Analyzer analyzer;
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void loadEngine() {
        analyzer = Analyzer.load();
    }

    @Test
    void writesOneJsonLineWithTheQuoteAndItsOffsets() throws Exception {
        Path in = jsonl(line("a1", TEXT));

        CommandRun run = analyze("--jsonl", in.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = parse(run.out());
        assertEquals(1, lines.size());
        JsonNode result = lines.get(0);
        assertEquals("a1", result.get("id").asText());
        assertTrue(result.get("claims").isArray());
        assertTrue(result.get("speakers").isArray());
        boolean found = false;
        for (JsonNode q : result.get("quotes")) {
            List<String> fields = new ArrayList<>();
            q.fieldNames().forEachRemaining(fields::add);
            assertEquals(QUOTE_FIELDS, Set.copyOf(fields));
            assertTrue(Set.of("direct", "indirect", "mixed").contains(q.get("kind").asText()));
            assertInside(q.get("start").asInt(), q.get("end").asInt());
            for (JsonNode span : q.get("quoted_spans")) {
                String quoted = TEXT.substring(span.get(0).asInt(), span.get(1).asInt());
                found |= quoted.equals(QUOTE);
            }
            if (!q.get("speaker_start").isNull()) {
                assertEquals(q.get("speaker").asText(),
                        TEXT.substring(q.get("speaker_start").asInt(), q.get("speaker_end").asInt()));
            }
            if (!q.get("cue_start").isNull()) {
                assertEquals(q.get("cue").asText(),
                        TEXT.substring(q.get("cue_start").asInt(), q.get("cue_end").asInt()));
            }
            double confidence = q.get("confidence").asDouble();
            assertTrue(confidence >= 0 && confidence <= 1, "confidence " + confidence);
        }
        assertTrue(found, "no quoted span covers " + QUOTE + " in " + result);
        for (JsonNode c : result.get("claims")) {
            assertInside(c.get("start").asInt(), c.get("end").asInt());
            assertTrue(c.get("category").asText().matches(
                    "statistic|event|causal|comparison|legal|policy|quoted"), c.toString());
        }
        for (JsonNode s : result.get("speakers")) {
            for (JsonNode m : s.get("mentions")) {
                assertInside(m.get(0).asInt(), m.get(1).asInt());
            }
        }
    }

    @Test
    void writesEachClaimWithItsScoreCategoryAndSpeaker() throws Exception {
        String text = "The ministry said 1,200 soldiers were killed in the attack in March 2022.";
        CommandRun run = analyze("--jsonl", jsonl(line("c1", text)).toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode claims = parse(run.out()).get(0).get("claims");
        assertEquals(1, claims.size(), claims.toString());
        JsonNode claim = claims.get(0);
        assertEquals(Set.of("start", "end", "score", "category", "speaker_name"), fieldNames(claim));
        assertEquals(0, claim.get("start").asInt());
        assertEquals(text.length(), claim.get("end").asInt());
        assertEquals("statistic", claim.get("category").asText());
        assertTrue(claim.get("score").asDouble() >= 0.5 && claim.get("score").asDouble() <= 1, claim.toString());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void skipsBadLinesWithTheirNumberAndWritesTheOthers() throws Exception {
        Path in = jsonl(line("first", TEXT), "{not json", "{\"id\": \"no-text\"}", "[1, 2]",
                "{\"id\": \"number\", \"text\": 42}", "", line("last", "He said \u201Cyes.\u201D"));

        CommandRun run = analyze("--jsonl", in.toString());

        assertEquals(0, run.exitCode());
        List<JsonNode> lines = parse(run.out());
        assertEquals(List.of("first", "last"), lines.stream().map(l -> l.get("id").asText()).toList());
        String name = in.toString();
        assertTrue(run.err().contains(name + ":2: not valid JSON"), run.err());
        assertTrue(run.err().contains(name + ":3: no \"text\" string"), run.err());
        assertTrue(run.err().contains(name + ":4: not a JSON object"), run.err());
        assertTrue(run.err().contains(name + ":5: no \"text\" string"), run.err());
        assertFalse(run.err().contains(name + ":6:"), run.err());
        assertTrue(run.err().contains("4 skipped"), run.err());
    }

    @Test
    void noThreadsOrFewerIsAUsageError() throws Exception {
        Path in = jsonl("{\"id\": 1, \"text\": \"Prices rose, he said.\"}");
        for (String threads : List.of("0", "-3")) {
            CommandRun run = analyze("--jsonl", in.toString(), "--threads", threads);
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertEquals("--threads must be at least 1, not " + threads + ".\n", run.err());
            assertEquals("", run.out(), "nothing analysed");
        }
    }

    @Test
    void aNumberIdComesBackAsWrittenNotAsADouble() throws Exception {
        Path in = jsonl("{\"id\": 1e999999, \"text\": \"Prices rose, he said.\"}",
                "{\"id\": 0.10, \"text\": \"Prices fell, she said.\"}",
                "{\"id\": 123456789012345678901234567890, \"text\": \"Prices held, they said.\"}");

        CommandRun run = analyze("--jsonl", in.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("{\"id\":1E+999999,\"line\":1,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"id\":0.10,\"line\":2,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"id\":123456789012345678901234567890,\"line\":3,"), lines.get(2));
    }

    @Test
    void aLineWithoutAnIdIsNotGivenItsNumberAsAnIdButEveryResultSaysItsLine() throws Exception {
        // the second line's number, 2, is also the first line's id: a number in place of the missing id would
        // make the two results look like one record's
        Path in = jsonl("{\"id\": 2, \"text\": \"Prices rose, he said.\"}", "{\"text\": \"Prices fell, she said.\"}");

        CommandRun run = analyze("--jsonl", in.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> lines = parse(run.out());
        assertEquals(2, lines.get(0).get("id").asInt());
        assertEquals(1, lines.get(0).get("line").asInt());
        assertTrue(lines.get(1).get("id").isNull(), lines.get(1).toString());
        assertEquals(2, lines.get(1).get("line").asInt());
        assertTrue(run.out().startsWith("{\"id\":2,\"line\":1,\"quotes\":"), run.out());
    }

    @Test
    void skipsALineThatIsNotUtf8AndReadsTheLinesAroundIt() throws Exception {
        Path in = dir.resolve("mixed.jsonl");
        byte[] latin1 = "{\"id\": \"caf\u00E9\", \"text\": \"Caf\u00E9.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        try (var file = Files.newOutputStream(in)) {
            file.write(("\uFEFF" + line("first", TEXT) + "\r\n").getBytes(StandardCharsets.UTF_8));
            file.write(latin1);
            file.write((line("last", TEXT) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        CommandRun run = analyze("--jsonl", in.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("first", "last"), parse(run.out()).stream().map(l -> l.get("id").asText()).toList());
        assertTrue(run.err().contains(in + ":2: not UTF-8 text; line skipped"), run.err());
        assertTrue(run.err().contains("1 skipped"), run.err());
    }

    @Test
    void aLineWithMoreAfterItsObjectIsSkippedNotCut() throws Exception {
        Path in = jsonl(line("two", TEXT) + " " + line("in-one-line", TEXT), line("junk", TEXT) + " ,",
                line("last", TEXT));

        CommandRun run = analyze("--jsonl", in.toString());

        assertEquals(List.of("last"), parse(run.out()).stream().map(l -> l.get("id").asText()).toList());
        assertTrue(run.err().contains(in + ":1: not valid JSON"), run.err());
        assertTrue(run.err().contains(in + ":2: not valid JSON"), run.err());
    }

    @Test
    void writesAsciiLinesThatKeepEveryCharacterOfTheText() throws Exception {
        String text = "\u201CWe will rebuild,\u201D said Pawe\u0142 Jo\uD800n of Gda\u0144sk.";
        // a lone surrogate cannot be written as UTF-8: the input line carries it as a JSON escape
        Path in = jsonl("{\"id\": \"lone\", \"text\": \"\u201CWe will rebuild,\u201D said Pawe\u0142 Jo\\uD800n of "
                + "Gda\u0144sk.\"}");

        CommandRun run = analyze("--jsonl", in.toString());

        String out = run.out().strip();
        assertTrue(out.chars().allMatch(c -> c < 128), out);
        JsonNode quote = parse(run.out()).get(0).get("quotes").get(0);
        assertEquals(text.substring(quote.get("speaker_start").asInt(), quote.get("speaker_end").asInt()),
                quote.get("speaker").asText());
        assertTrue(quote.get("speaker").asText().contains("\uD800"), quote.toString());
    }

    @Test
    void keepsInputOrderAcrossThreads() throws Exception {
        List<String> in = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add("n" + i);
            // Alternate long and short texts so that finishing order differs from input order.
            in.add(line("n" + i, (i % 2 == 0 ? TEXT.repeat(40) : "") + TEXT));
        }

        CommandRun run = analyze("--jsonl", jsonl(in.toArray(String[]::new)).toString(), "--threads", "2");

        assertEquals(ids, parse(run.out()).stream().map(l -> l.get("id").asText()).toList());
    }

    @Test
    void printsReadableQuotesOfTheBodyAfterTheHeader() throws Exception {
        Path article = dir.resolve("article.txt");
        Files.writeString(article, "Title: A test\nSource: Desk\n\nShe said: \u201CWe will be there.\u201D\n");

        CommandRun run = analyze(article.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("[10-29) direct   \u201CWe will be there.\u201D"), run.out());
        assertTrue(run.out().contains("Quotes ("), run.out());
        assertTrue(run.out().contains("Claims ("), run.out());
        assertTrue(run.out().contains("Speakers ("), run.out());
    }

    @Test
    void analysesARealArticle() {
        CommandRun run = analyze("sample-articles/000-afp-north-korea-arms-russia.txt");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\u201CNo, we can\u2019t (confirm), we have nothing to say on this matter,\u201D"),
                run.out());
    }

    @Test
    void reportsAMissingFileAndGoesOn() throws Exception {
        Path article = dir.resolve("ok.txt");
        Files.writeString(article, TEXT);

        CommandRun run = analyze(dir.resolve("missing.txt").toString(), article.toString());

        assertEquals(ExitCodes.SOME_REFUSED, run.exitCode());
        assertTrue(run.err().contains(dir.resolve("missing.txt") + ": missing.txt does not exist."), run.err());
        assertTrue(run.out().contains(QUOTE), run.out());
    }

    @Test
    void analysesTheArticlesOfAFolderAsImportFindsThemInOrder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("desk"));
        Files.writeString(folder.resolve("b.txt"), TEXT);
        Files.createDirectories(folder.resolve("older"));
        Files.writeString(folder.resolve("older/a.md"), "# Harbour\n\n" + TEXT);
        Files.writeString(folder.resolve("notes.json"), "{}");
        Files.writeString(folder.resolve(".hidden.txt"), TEXT);
        Path empty = Files.createDirectories(dir.resolve("empty"));

        CommandRun run = analyze(folder.toString(), empty.toString());

        assertEquals(ExitCodes.SOME_REFUSED, run.exitCode(), run.err());
        List<String> analysed = run.err().lines().filter(l -> l.contains(": analysed in "))
                .map(l -> l.substring(0, l.indexOf(": analysed in "))).toList();
        assertEquals(List.of(folder.resolve("b.txt").toAbsolutePath().toString(),
                folder.resolve("older/a.md").toAbsolutePath().toString()), analysed);
        assertEquals(2, run.out().split(java.util.regex.Pattern.quote(QUOTE), -1).length - 1, run.out());
        assertTrue(run.err().contains(empty + " holds nothing to import: files of the extensions docx, htm, "
                + "html, markdown, md, odt, pdf, text, txt, xhtml (hidden ones left out)."), run.err());
    }

    @Test
    void aFileGivenTwiceOrAlsoInAGivenFolderIsAnalysedOnceAndSaidSo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("desk"));
        Path article = Files.writeString(folder.resolve("b.txt"), TEXT);
        String twice = folder.resolve("../desk/b.txt").toString();

        CommandRun run = analyze(article.toString(), twice, folder.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(1, run.out().split(java.util.regex.Pattern.quote(QUOTE), -1).length - 1, run.out());
        assertTrue(run.err().contains(twice + ": the same file as " + article + ", analysed once."), run.err());
        assertTrue(run.err().contains(article.toAbsolutePath() + ": the same file as " + article
                + ", analysed once."), run.err());
    }

    @Test
    void asksForInputWhenGivenNone() {
        CommandRun run = analyze();

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Give either article files or --jsonl"), run.err());
    }

    @Test
    void readsFilesAsImportDoesAndSaysWhichItRefuses() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), ("Le café est fermé, a déclaré la préfète mercredi. Les "
                + "élèves sont rentrés chez eux après la fermeture de l'école.").getBytes(StandardCharsets.ISO_8859_1));
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF});
        Path fifo = dir.resolve("pipe.txt");
        boolean hasFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        Path article = Files.writeString(dir.resolve("ok.txt"), TEXT);

        CommandRun run = hasFifo ? analyze(latin1.toString(), binary.toString(), fifo.toString(), article.toString())
                : analyze(latin1.toString(), binary.toString(), article.toString());

        assertEquals(ExitCodes.SOME_REFUSED, run.exitCode());
        assertTrue(run.out().contains(latin1 + " (114 characters)") && !run.err().contains(latin1 + ": latin1.txt"), run.err());
        assertTrue(run.err().contains(binary + ": photo.txt is not a text file"), run.err());
        assertTrue(!hasFifo || run.err().contains(fifo + ": pipe.txt is not a regular file"), run.err());
        assertFalse(run.err().contains("Input length"), run.err());
        assertTrue(run.out().contains(QUOTE), run.out());
    }

    @Test
    void analysesTheBodyAnImportStoresSoOffsetsAgree() throws Exception {
        Path article = Files.writeString(dir.resolve("agency.txt"), "\uFEFFThe minister said: \u201CWe will be "
                + "there.\u201D\r\n\r\n\r\nShe left.  \r\n05/09/2023 20:58:37 \u2013 Washington (AFP) \u2013 "
                + "\u00A9 2023 AFP\r\n");

        CommandRun run = analyze(article.toString());

        assertEquals(0, run.exitCode(), run.err());
        String body = io.sourcemark.importer.ImporterRegistry.standard().importFile(article).body();
        int start = body.indexOf('\u201C');
        assertTrue(run.out().contains("[" + start + "-" + (body.indexOf('\u201D') + 1) + ") direct"), run.out());
    }

    @Test
    void aWrongOptionIsAUsageError() {
        CliRun run = CliRun.of("analyze", "--threads", "many", "--jsonl", "in.jsonl");

        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("Invalid value for option '--threads'"), run.err());
    }

    private static void assertInside(int start, int end) {
        assertTrue(0 <= start && start < end && end <= TEXT.length(), "[" + start + ", " + end + ")");
    }

    private CommandRun analyze(String... args) {
        return CommandRun.of((out, err) -> new AnalyzeCommand(out, err, () -> analyzer), args);
    }

    @Test
    void marksTranscriptTurnsAsTheGoldFilesDo() throws Exception {
        String briefing = "MR. SULLIVAN: Thanks, everybody. We will meet the allies tomorrow.\n\n"
                + "Q Will the President meet Mr. Erdogan?\n\nMR. SULLIVAN: He will.";
        CommandRun run = analyze("--jsonl", jsonl(line("briefing", briefing)).toString());

        JsonNode first = parse(run.out()).get(0).get("quotes").get(0);
        assertEquals("direct", first.get("kind").asText());
        assertEquals("interview", first.get("note").asText());
        assertEquals("MR. SULLIVAN", first.get("speaker").asText());
        assertEquals(0, first.get("quoted_spans").size());
        assertEquals("Thanks, everybody. We will meet the allies tomorrow.",
                briefing.substring(first.get("start").asInt(), first.get("end").asInt()));
    }

    private String line(String id, String text) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.put("text", text);
        return o.toString();
    }

    private Path jsonl(String... lines) throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private List<JsonNode> parse(String out) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                lines.add(json.readTree(l));
            }
        }
        return lines;
    }
}
