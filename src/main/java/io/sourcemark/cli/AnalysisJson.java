package io.sourcemark.cli;

import io.sourcemark.analysis.eval.Predictions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.DetectedClaim;
import io.sourcemark.analysis.DetectedQuote;
import io.sourcemark.analysis.DetectedSpeaker;
import io.sourcemark.model.TextRange;
import java.util.List;
import java.util.Locale;

/**
 * One analysed article as a JSON line, in the prediction format of the quote scorer: UTF-16 offsets, half-open,
 * kinds in lower case.
 */
final class AnalysisJson {

    private final ObjectMapper json;

    AnalysisJson(ObjectMapper json) {
        this.json = json;
    }

    /** The id is written back as it came (string or number). */
    /**
     * @param id   the input line's own id, JSON null when it has none (a line number in its place could be taken
     *             for another line's id)
     * @param line the input line's number, from 1, which tells results apart whatever their ids
     */
    String line(JsonNode id, int line, Analysis analysis) {
        ObjectNode root = json.createObjectNode();
        root.set("id", id);
        root.put("line", line);
        ArrayNode quotes = root.putArray("quotes");
        analysis.quotes().forEach(q -> quote(quotes.addObject(), q));
        ArrayNode claims = root.putArray("claims");
        analysis.claims().forEach(c -> claim(claims.addObject(), c));
        ArrayNode speakers = root.putArray("speakers");
        analysis.speakers().forEach(s -> speaker(speakers.addObject(), s));
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of plain JSON values cannot be written", e);
        }
    }

    private static void quote(ObjectNode o, DetectedQuote q) {
        o.put("start", q.range().start());
        o.put("end", q.range().end());
        o.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        ranges(o.putArray("fragments"), q.fragments());
        ranges(o.putArray("quoted_spans"), q.quotedSpans());
        o.put("speaker", q.speakerText());
        putRange(o, "speaker", q.speakerMention());
        o.put("speaker_name", q.speakerName());
        o.put("cue", q.cueText());
        putRange(o, "cue", q.cue());
        o.put("confidence", q.confidence());
        if (Predictions.isTurn(q)) {
            o.put("note", "interview"); // as the gold files mark turns
        }
    }

    private static void claim(ObjectNode o, DetectedClaim c) {
        o.put("start", c.range().start());
        o.put("end", c.range().end());
        o.put("score", c.score());
        o.put("category", c.category().name().toLowerCase(Locale.ROOT));
        o.put("speaker_name", c.speakerName());
    }

    private static void speaker(ObjectNode o, DetectedSpeaker s) {
        o.put("name", s.name());
        o.put("kind", s.kind() == null ? null : s.kind().name().toLowerCase(Locale.ROOT));
        o.put("role", s.role());
        ranges(o.putArray("mentions"), s.mentions());
    }

    private static void putRange(ObjectNode o, String prefix, TextRange r) {
        if (r == null) {
            o.putNull(prefix + "_start");
            o.putNull(prefix + "_end");
        } else {
            o.put(prefix + "_start", r.start());
            o.put(prefix + "_end", r.end());
        }
    }

    private static void ranges(ArrayNode array, List<TextRange> ranges) {
        ranges.forEach(r -> array.addArray().add(r.start()).add(r.end()));
    }
}
