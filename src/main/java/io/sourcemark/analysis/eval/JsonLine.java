package io.sourcemark.analysis.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One line of a gold or prediction file as a JSON object with an "id", or a message naming the line. */
final class JsonLine {

    private JsonLine() {
    }

    static JsonNode object(ObjectMapper json, String line, String where) throws EvalFileException {
        JsonNode root;
        try {
            root = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new EvalFileException(where + ": not a JSON object (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !root.hasNonNull("id")) {
            throw new EvalFileException(where + ": expected a JSON object with an \"id\"");
        }
        return root;
    }
}
