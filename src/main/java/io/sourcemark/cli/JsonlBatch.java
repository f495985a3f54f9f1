package io.sourcemark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.Analyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Analyses a JSON-lines stream of {"id", "text"} records on a few threads and writes one result line per input
 * line, in input order. A bad line is reported with its number and skipped; it never stops the batch.
 */
final class JsonlBatch {

    private static final int PROGRESS_EVERY = 100;

    private record Item(int line, JsonNode id, String text) {}

    /** What a batch did, for the closing summary. */
    record Summary(int written, int skipped, long characters) {}

    private final Analyzer analyzer;
    /**
     * A line with more after its object ("{…} {…}", "{…} junk") is broken, not silently cut. Output is pure ASCII
     * (\\u escapes): it survives a console in any encoding, and a lone surrogate of the input comes back as it was.
     */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // an id is given back as written: as a double, 1e999999 became "Infinity" and 0.1000 lost its zeros
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();
    private final AnalysisJson writer = new AnalysisJson(json);
    private final PrintStream out;
    private final PrintStream err;
    private int written;
    private int skipped;
    private long characters;

    JsonlBatch(Analyzer analyzer, PrintStream out, PrintStream err) {
        this.analyzer = analyzer;
        this.out = out;
        this.err = err;
    }

    Summary run(InputStream in, String name, int threads) throws IOException, InterruptedException {
        try (OrderedBatch<Item, Analysis> batch = new OrderedBatch<>(threads, item -> analyzer.analyze(item.text()),
                this::write, this::failed)) {
            ByteLines lines = new ByteLines(in);
            byte[] bytes;
            int number = 0;
            while ((bytes = lines.next()) != null) {
                number++;
                String line;
                try {
                    line = decode(bytes, number);
                } catch (CharacterCodingException e) {
                    skip(name, number, "not UTF-8 text");
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                Item item = parse(line, number, name);
                if (item != null) {
                    characters += item.text().length();
                    batch.submit(item);
                }
            }
            batch.finish();
        }
        out.flush();
        return new Summary(written, skipped, characters);
    }

    /** A line in strict UTF-8; the first may start with a byte order mark, which is not part of the JSON. */
    private static String decode(byte[] bytes, int number) throws CharacterCodingException {
        String line = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private Item parse(String line, int number, String name) {
        JsonNode root;
        try {
            root = json.readTree(line);
        } catch (JsonProcessingException e) {
            return skip(name, number, "not valid JSON (" + io.sourcemark.export.JsonProblems.describe(e) + ")");
        }
        if (root == null || !root.isObject()) {
            return skip(name, number, "not a JSON object");
        }
        JsonNode text = root.get("text");
        if (text == null || !text.isTextual()) {
            return skip(name, number, "no \"text\" string");
        }
        JsonNode id = root.hasNonNull("id") ? root.get("id") : NullNode.getInstance();
        return new Item(number, id, text.asText());
    }

    private Item skip(String name, int number, String why) {
        skipped++;
        err.println(name + ":" + number + ": " + why + "; line skipped");
        return null;
    }

    private void write(Item item, Analysis analysis) {
        out.println(writer.line(item.id(), item.line(), analysis));
        written++;
        if (written % PROGRESS_EVERY == 0) {
            err.printf(Locale.ROOT, "analysed %d lines%n", written);
        }
    }

    private void failed(Item item, Throwable cause) {
        skipped++;
        String why = cause instanceof OutOfMemoryError ? "out of memory: the line's text is too long for the Java "
                + "heap; give it more with java -Xmx4g" : cause.toString();
        err.println("line " + item.line() + ": the analysis failed (" + why + "); line skipped");
    }
}
