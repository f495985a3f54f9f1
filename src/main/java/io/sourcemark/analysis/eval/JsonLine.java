package io.sourcemark.analysis.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One line of a gold or prediction file as a JSON object with an "id", or a message naming the line. */
final class JsonLine {

    private JsonLine() {
    }

    static JsonNode object(ObjectMapper json, String line, String where) throws EvalFileException {
        JsonNode root = tree(json, line, where, "not a JSON object");
        if (root == null || !root.isObject() || !root.hasNonNull("id")) {
            throw new EvalFileException(where + ": expected a JSON object with an \"id\"");
        }
        return root;
    }

    /** One JSON value and nothing after it: a second object on the line is a line that lost its line break. */
    static JsonNode tree(ObjectMapper json, String text, String where, String notJson) throws EvalFileException {
        try {
            // a byte order mark, which editors on Windows put before the first line, is no part of the JSON
            String value = text.startsWith("\uFEFF") ? text.substring(1) : text;
            return json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(value);
        } catch (JsonProcessingException e) {
            throw new EvalFileException(where + ": " + notJson + " (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** Whether a value is a whole number (3, not 3.0 or 3.7, which a scorer would cut to 3 without a word). */
    static boolean isOffset(JsonNode value) {
        return value != null && value.isIntegralNumber() && value.canConvertToInt();
    }

    /** Refuses an id a line before already had: the scorers would keep only one of them, silently. */
    static void unique(java.util.Map<String, String> seen, String id, String where) throws EvalFileException {
        String before = seen.putIfAbsent(id, where);
        if (before != null) {
            throw new EvalFileException(where + ": the id \"" + id + "\" is already the id of " + before
                    + "; each article must have its own");
        }
    }
}
