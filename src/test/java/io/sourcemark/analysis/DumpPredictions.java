package io.sourcemark.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.model.TextRange;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the analyzer's quotes for each gold article as predictions JSONL for score_quotes.py. */
public final class DumpPredictions {

    private DumpPredictions() {
    }

    public static void main(String[] args) throws IOException {
        Path gold = Path.of(args.length > 0 ? args[0] : "src/test/resources/eval/dev_gold.jsonl");
        Path out = Path.of(args.length > 1 ? args[1] : "target/dev_pred.jsonl");
        // Interview turns have no quotation marks; the quotation-mark measure leaves them out on both sides.
        Path marksOnly = Path.of(out.toString().replace(".jsonl", "_marks.jsonl"));
        ObjectMapper json = new ObjectMapper();
        Analyzer analyzer = Analyzer.load();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             BufferedWriter m = Files.newBufferedWriter(marksOnly, StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode rec = json.readTree(line);
                String text = rec.get("text").asText();
                Analysis a = analyzer.analyze(text);
                w.write(json.writeValueAsString(toJson(json, rec.get("id").asText(), text, a.quotes())));
                w.newLine();
                List<DetectedQuote> marked = a.quotes().stream()
                        .filter(q -> q.kind() == QuoteKind.INDIRECT || !q.quotedSpans().isEmpty()).toList();
                m.write(json.writeValueAsString(toJson(json, rec.get("id").asText(), text, marked)));
                m.newLine();
            }
        }
    }

    static ObjectNode toJson(ObjectMapper json, String id, String text, List<DetectedQuote> detected) {
        ObjectNode rec = json.createObjectNode();
        rec.put("id", id);
        ArrayNode quotes = rec.putArray("quotes");
        for (DetectedQuote q : detected) {
            ObjectNode o = quotes.addObject();
            o.put("start", q.range().start());
            o.put("end", q.range().end());
            o.put("text", q.range().of(text));
            o.put("kind", q.kind().name().toLowerCase());
            o.set("fragments", spans(json, q.fragments()));
            o.set("quoted_spans", spans(json, q.quotedSpans()));
            putRange(o, "speaker", q.speakerMention(), text);
            o.put("speaker_name", q.speakerName());
            putRange(o, "cue", q.cue(), text);
        }
        return rec;
    }

    private static void putRange(ObjectNode o, String name, TextRange r, String text) {
        if (r == null) {
            o.putNull(name);
            o.putNull(name + "_start");
            o.putNull(name + "_end");
        } else {
            o.put(name, r.of(text));
            o.put(name + "_start", r.start());
            o.put(name + "_end", r.end());
        }
    }

    private static ArrayNode spans(ObjectMapper json, List<TextRange> ranges) {
        ArrayNode a = json.createArrayNode();
        for (TextRange r : ranges) {
            a.addArray().add(r.start()).add(r.end());
        }
        return a;
    }
}
