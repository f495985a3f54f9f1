package io.sourcemark.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.sourcemark.importer.ArticleTextForm;

import java.util.ArrayList;
import java.util.List;

/** Reading compacted JSON-LD, where a value may be one item or an array of them, and any may be absent. */
final class JsonFields {

    private JsonFields() {
    }

    /**
     * A field's text as a project keeps it: without control characters, halves of characters as U+FFFD (JSON can
     * escape either, which no UTF-8 file holds).
     */
    static String text(JsonNode node, String field) {
        return ArticleTextForm.field(rawText(node, field));
    }

    /** A field's text exactly as the file has it, for the article's text and the quotes that index into it. */
    static String rawText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isObject()) {
            JsonNode inner = value.has("@value") ? value.get("@value") : value.get("@id");
            return inner == null || inner.isNull() ? null : inner.asText();
        }
        return value.isValueNode() ? value.asText() : null;
    }

    /** The items of a field that holds one object or an array (also a JSON-LD {@code @list}). */
    static List<JsonNode> items(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (value.isObject() && value.has("@list")) {
            value = value.get("@list");
        }
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        return items;
    }

    /** Whether the node's {@code type} is {@code type} or lists it. */
    static boolean isA(JsonNode node, String type) {
        return items(node, "type").stream().anyMatch(t -> t.isTextual() && t.asText().equals(type));
    }

    static Integer integer(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type) {
        String text = text(node, field);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
