package io.sourcemark.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.DetectedClaim;
import io.sourcemark.analysis.DetectedQuote;
import io.sourcemark.model.TextRange;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one input record into one result row (see {@link ResultSchema#ARTICLE}). A record that is not a JSON
 * object with an id and a string text, or whose analysis fails, becomes a row with its reason: counted and written
 * aside by the job, never fatal.
 */
final class ArticleAnalysis implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How much of a bad row is kept beside its reason: enough to find it in the input. */
    static final int RAW_KEPT = 1_000;

    private transient ObjectMapper json;

    /** A line of JSON lines input. */
    Row fromJsonLine(String line) {
        JsonNode record;
        try {
            record = mapper().readTree(line);
        } catch (Exception e) {
            return bad(null, "not a JSON object", line);
        }
        if (record == null || !record.isObject()) {
            return bad(null, "not a JSON object", line);
        }
        JsonNode id = record.get("id");
        JsonNode text = record.get("text");
        if (id == null || !(id.isTextual() || id.isIntegralNumber())) {
            return bad(null, "no \"id\" (a string or a whole number)", line);
        }
        if (text == null || !text.isTextual()) {
            return bad(id.asText(), "no \"text\" string", line);
        }
        return analyzed(id.asText(), text.textValue());
    }

    /** A row of a Parquet input, its id already a string. */
    Row fromColumns(String id, String text) {
        if (id == null) {
            return bad(null, "no id", text);
        }
        if (text == null) {
            return bad(id, "no text", null);
        }
        return analyzed(id, text);
    }

    private Row analyzed(String id, String text) {
        Analysis analysis;
        try {
            analysis = EnginePerExecutor.analyzer().analyze(text);
        } catch (RuntimeException | StackOverflowError e) {
            return bad(id, "the engine failed: " + e, null);
        }
        List<Row> attributions = new ArrayList<>(analysis.quotes().size());
        for (DetectedQuote q : analysis.quotes()) {
            attributions.add(RowFactory.create(q.kind().name().toLowerCase(Locale.ROOT), q.range().start(),
                    q.range().end(), slice(text, q.range()), q.speakerText(), start(q.speakerMention()),
                    end(q.speakerMention()), q.speakerName(), q.cueText(), q.confidence()));
        }
        List<Row> claims = new ArrayList<>(analysis.claims().size());
        for (DetectedClaim c : analysis.claims()) {
            claims.add(RowFactory.create(c.range().start(), c.range().end(), slice(text, c.range()), c.score(),
                    c.category().name().toLowerCase(Locale.ROOT), c.speakerName()));
        }
        return RowFactory.create(id, null, null, (long) text.length(), seq(attributions), seq(claims));
    }

    private static Row bad(String id, String reason, String raw) {
        String kept = raw == null || raw.length() <= RAW_KEPT ? raw : raw.substring(0, RAW_KEPT);
        return RowFactory.create(id, reason, kept, 0L, seq(List.of()), seq(List.of()));
    }

    /** Spark's rows hold arrays as Scala sequences. */
    private static scala.collection.Seq<Row> seq(List<Row> rows) {
        return scala.collection.JavaConverters.asScalaBuffer(rows).toList();
    }

    private static String slice(String text, TextRange range) {
        return text.substring(range.start(), range.end());
    }

    private static Integer start(TextRange range) {
        return range == null ? null : range.start();
    }

    private static Integer end(TextRange range) {
        return range == null ? null : range.end();
    }

    private ObjectMapper mapper() {
        if (json == null) {
            json = new ObjectMapper();
        }
        return json;
    }
}
