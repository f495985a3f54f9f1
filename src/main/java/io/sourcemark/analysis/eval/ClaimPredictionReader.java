package io.sourcemark.analysis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sourcemark.model.TextRange;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the claims of prediction lines ({"id", "claims": [{"start", "end", "score"}]}, as analyze --jsonl writes
 * them): a claim without a score counts as 1, a later line with the same id replaces an earlier one.
 */
public final class ClaimPredictionReader {

    private final ObjectMapper json = new ObjectMapper();

    public Map<String, List<ScoredClaim>> read(Path file) throws EvalFileException {
        Map<String, List<ScoredClaim>> out = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    parse(line, file + ":" + number, out);
                }
            }
        } catch (IOException e) {
            throw new EvalFileException("Cannot read " + file + ": " + io.sourcemark.model.FileTrouble.reason(e) + ".", e);
        }
        return out;
    }

    private void parse(String line, String where, Map<String, List<ScoredClaim>> out) throws EvalFileException {
        JsonNode root = JsonLine.object(json, line, where);
        List<ScoredClaim> claims = new ArrayList<>();
        for (JsonNode c : root.path("claims")) {
            if (!JsonLine.isOffset(c.get("start")) || !JsonLine.isOffset(c.get("end"))) {
                throw new EvalFileException(where + ": each claim needs \"start\" and \"end\" offsets (whole "
                        + "numbers)");
            }
            int start = c.get("start").asInt();
            int end = c.get("end").asInt();
            if (start < 0 || end < start) {
                throw new EvalFileException(where + ": claim [" + start + ", " + end + ") is reversed or negative");
            }
            double score = c.hasNonNull("score") ? c.get("score").asDouble() : 1;
            claims.add(new ScoredClaim(new TextRange(start, end), score));
        }
        out.put(root.get("id").asText(), claims);
    }
}
