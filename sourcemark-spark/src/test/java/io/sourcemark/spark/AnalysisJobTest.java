package io.sourcemark.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sourcemark.cli.Cli;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job in Spark's local mode on two cores, over the sample articles and three bad records, against the
 * application's {@code analyze --jsonl} on the same input: the same attributions and claims, row for row.
 */
class AnalysisJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BAD = List.of("{not json", "{\"id\": \"no-text\"}", "[1, 2]");

    @TempDir
    static Path folder;
    private static SparkSession spark;
    private static JobSummary summary;
    private static Path input;
    private static Path output;

    @BeforeAll
    static void runTheJob() {
        spark = SparkSession.builder().master("local[2]").appName("test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        List<String> lines = new ArrayList<>(SampleInput.lines(1));
        lines.addAll(3, BAD);
        input = SampleInput.write(folder.resolve("articles.jsonl"), lines);
        output = folder.resolve("out");
        summary = new AnalysisJob(spark).run(new JobOptions(input.toString(), output.toString(), "jsonl"));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void badRecordsAreCountedAndSetAsideWithTheirReason() {
        assertEquals(30, summary.articles());
        assertEquals(3, summary.badRows());
        Map<String, String> reasons = spark.read().parquet(output.resolve("bad_rows").toString()).collectAsList()
                .stream().collect(Collectors.toMap(r -> r.getString(r.fieldIndex("raw")),
                        r -> r.getString(r.fieldIndex("reason")), (a, b) -> a, TreeMap::new));
        assertEquals(Map.of("{not json", "not a JSON object", "{\"id\": \"no-text\"}", "no \"text\" string",
                "[1, 2]", "not a JSON object"), reasons);
    }

    @Test
    void attributionsAreThoseOfAnalyzeJsonlRowForRow() throws Exception {
        List<String> expected = new ArrayList<>();
        Map<String, String> texts = texts();
        for (JsonNode line : cliLines()) {
            String id = line.get("id").asText();
            for (JsonNode q : line.get("quotes")) {
                expected.add(String.join("|", id, q.get("kind").asText(), q.get("start").asText(),
                        q.get("end").asText(), texts.get(id).substring(q.get("start").asInt(), q.get("end").asInt()),
                        q.get("speaker").asText("null"), q.get("speaker_start").asText("null"),
                        q.get("speaker_end").asText("null"), q.get("speaker_name").asText("null"),
                        q.get("cue").asText("null"), q.get("confidence").asText()));
            }
        }
        List<String> actual = new ArrayList<>();
        for (Row r : spark.read().parquet(output.resolve("attributions").toString()).collectAsList()) {
            actual.add(String.join("|", r.getString(0), r.getString(1), text(r, 2), text(r, 3), r.getString(4),
                    text(r, 5), text(r, 6), text(r, 7), text(r, 8), text(r, 9), text(r, 10)));
        }
        assertTrue(expected.size() > 300, "the samples hold hundreds of attributions: " + expected.size());
        assertEquals(sorted(expected), sorted(actual));
        assertEquals(expected.size(), summary.attributions());
    }

    @Test
    void claimsAreThoseOfAnalyzeJsonlRowForRow() throws Exception {
        List<String> expected = new ArrayList<>();
        Map<String, String> texts = texts();
        for (JsonNode line : cliLines()) {
            String id = line.get("id").asText();
            for (JsonNode c : line.get("claims")) {
                expected.add(String.join("|", id, c.get("start").asText(), c.get("end").asText(),
                        texts.get(id).substring(c.get("start").asInt(), c.get("end").asInt()),
                        c.get("score").asText(), c.get("category").asText(), c.get("speaker_name").asText("null")));
            }
        }
        List<String> actual = new ArrayList<>();
        for (Row r : spark.read().parquet(output.resolve("claims").toString()).collectAsList()) {
            actual.add(String.join("|", r.getString(0), text(r, 1), text(r, 2), r.getString(3), text(r, 4),
                    r.getString(5), text(r, 6)));
        }
        assertTrue(expected.size() > 100, "the samples hold many claims: " + expected.size());
        assertEquals(sorted(expected), sorted(actual));
    }

    @Test
    void speakersAreCountedByArticle() throws Exception {
        Map<String, java.util.Set<String>> articlesBySpeaker = new TreeMap<>();
        for (JsonNode line : cliLines()) {
            for (JsonNode q : line.get("quotes")) {
                if (!q.get("speaker_name").isNull()) {
                    articlesBySpeaker.computeIfAbsent(q.get("speaker_name").asText(), k -> new java.util.TreeSet<>())
                            .add(line.get("id").asText());
                }
            }
        }
        Map<String, Long> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(output.resolve("speakers").toString()).collectAsList()) {
            actual.put(r.getString(0), r.getLong(1));
        }
        Map<String, Long> expected = new TreeMap<>();
        articlesBySpeaker.forEach((name, ids) -> expected.put(name, (long) ids.size()));
        assertEquals(expected, actual);
    }

    @Test
    void parquetInputGivesTheSameRowsAsJsonLines() {
        StructType schema = new StructType().add("id", DataTypes.LongType).add("text", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>(texts().keySet()).subList(0, 3);
        for (int i = 0; i < ids.size(); i++) {
            rows.add(RowFactory.create((long) i, texts().get(ids.get(i))));
        }
        rows.add(RowFactory.create(99L, null));
        Path parquet = folder.resolve("articles.parquet");
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(parquet.toString());

        Path out = folder.resolve("from-parquet");
        JobSummary fromParquet = new AnalysisJob(spark).run(JobOptions.parse("--input", parquet.toString(),
                "--output", out.toString()));

        assertEquals(3, fromParquet.articles());
        assertEquals(1, fromParquet.badRows());
        for (int i = 0; i < ids.size(); i++) {
            long fromJsonLines = spark.read().parquet(output.resolve("attributions").toString())
                    .filter(col("article_id").equalTo(ids.get(i))).count();
            long fromColumns = spark.read().parquet(out.resolve("attributions").toString())
                    .filter(col("article_id").equalTo(String.valueOf(i))).count();
            assertEquals(fromJsonLines, fromColumns, ids.get(i));
        }
        Row bad = spark.read().parquet(out.resolve("bad_rows").toString()).first();
        assertEquals("99", bad.getString(0));
        assertEquals("no text", bad.getString(1));
    }

    @Test
    void argumentsAreCheckedWithAClearMessage() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--input", "a.jsonl"));
        assertEquals(JobOptions.USAGE, missing.getMessage());
        IllegalArgumentException format = assertThrows(IllegalArgumentException.class,
                () -> JobOptions.parse("--input", "a", "--output", "b", "--format", "csv"));
        assertEquals("The input format is jsonl or parquet, not csv.", format.getMessage());
        assertEquals("parquet", JobOptions.parse("--input", "x.PARQUET", "--output", "o").format());
    }

    private static Map<String, String> texts() {
        Map<String, String> texts = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
                if (!BAD.contains(line)) {
                    JsonNode record = JSON.readTree(line);
                    texts.put(record.get("id").asText(), record.get("text").asText());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return texts;
    }

    private static List<JsonNode> cliLines() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Cli.run(new String[] {"analyze", "--jsonl", input.toString()}, o, e);
        }
        assertTrue(code == 0 || code == 1, "analyze --jsonl ran: " + err.toString(StandardCharsets.UTF_8));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        assertEquals(30, lines.size());
        return lines;
    }

    private static String text(Row row, int i) {
        return row.isNullAt(i) ? "null" : String.valueOf(row.get(i));
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }
}
