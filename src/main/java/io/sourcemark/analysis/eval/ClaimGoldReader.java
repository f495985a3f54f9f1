package io.sourcemark.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sourcemark.analysis.ClaimTraining;
import io.sourcemark.model.TextRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads check-worthiness gold ({"id", "text", "sentences": [{"start", "end", "label"}]}) as JSON lines or as one
 * JSON array, as score_claims.py does; a sentence is check-worthy when its label is "check".
 */
public final class ClaimGoldReader {

    private static final java.util.Set<String> LABELS = java.util.Set.of("check", "fact", "none");

    private final ObjectMapper json = new ObjectMapper();

    public List<ClaimTraining.Article> read(Path file) throws EvalFileException {
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalFileException("Cannot read " + file + ": " + io.sourcemark.model.FileTrouble.reason(e) + ".", e);
        }
        List<ClaimTraining.Article> out = new ArrayList<>();
        Map<String, String> ids = new HashMap<>();
        if (raw.stripLeading().startsWith("[")) {
            JsonNode array = JsonLine.tree(json, raw, file.toString(), "not JSON");
            int index = 0;
            for (JsonNode article : array) {
                String where = file + " article " + index++;
                add(out, ids, article(article, where), where);
            }
            return out;
        }
        String[] lines = raw.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                String where = file + ":" + (i + 1);
                add(out, ids, article(JsonLine.tree(json, lines[i], where, "not JSON"), where), where);
            }
        }
        return out;
    }

    private static void add(List<ClaimTraining.Article> out, Map<String, String> ids, ClaimTraining.Article article,
                            String where) throws EvalFileException {
        JsonLine.unique(ids, article.id(), where);
        out.add(article);
    }

    private static ClaimTraining.Article article(JsonNode a, String where) throws EvalFileException {
        if (a == null || !a.isObject() || !a.hasNonNull("id") || !a.path("text").isTextual()
                || !a.path("sentences").isArray()) {
            throw new EvalFileException(where + ": expected an object with \"id\", \"text\" and \"sentences\"");
        }
        String text = a.get("text").asText();
        List<ClaimTraining.Sentence> sentences = new ArrayList<>();
        for (JsonNode s : a.get("sentences")) {
            if (!JsonLine.isOffset(s.get("start")) || !JsonLine.isOffset(s.get("end")) || !s.has("label")) {
                throw new EvalFileException(where + ": each sentence needs \"start\" and \"end\" (whole numbers) "
                        + "and \"label\"");
            }
            int start = s.get("start").asInt();
            int end = s.get("end").asInt();
            if (start < 0 || end < start || end > text.length()) {
                throw new EvalFileException(where + ": sentence [" + start + ", " + end + ") is outside the text");
            }
            String label = s.get("label").asText();
            if (!LABELS.contains(label)) {
                throw new EvalFileException(where + ": sentence [" + start + ", " + end + ") has the label \""
                        + label + "\"; the labels are \"check\", \"fact\" and \"none\"");
            }
            sentences.add(new ClaimTraining.Sentence(new TextRange(start, end),
                    "check".equals(label)));
        }
        return new ClaimTraining.Article(a.get("id").asText(), text, sentences);
    }
}
