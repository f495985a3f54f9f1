package io.sourcemark.service;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Expands JSON-LD with a real processor (titanium-json-ld), its remote contexts served from test resources so that
 * nothing is fetched; and reads the expanded form, where every property is a full IRI and every value a list.
 */
final class JsonLdExpansion {

    static final String OA = "http://www.w3.org/ns/oa#";
    static final String AS = "http://www.w3.org/ns/activitystreams#";
    static final String RDF_VALUE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value";
    static final String SM = "https://sourcemark.io/ns#";
    static final String SCHEMA = "http://schema.org/";

    private static final Map<String, String> CONTEXTS = Map.of(
            "http://www.w3.org/ns/anno.jsonld", "/jsonld/anno.jsonld",
            "https://schema.org", "/jsonld/schema.org.jsonld",
            "https://schema.org/", "/jsonld/schema.org.jsonld");

    private static final DocumentLoader LOCAL = (url, options) -> {
        String resource = CONTEXTS.get(url.toString());
        if (resource == null) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "No local copy of " + url);
        }
        InputStream in = JsonLdExpansion.class.getResourceAsStream(resource);
        JsonDocument document = JsonDocument.of(in);
        document.setDocumentUrl(url);
        return document;
    };

    private JsonLdExpansion() {
    }

    static JsonArray expand(Path file) throws IOException, JsonLdError {
        try (InputStream in = Files.newInputStream(file)) {
            return JsonLd.expand(JsonDocument.of(in)).loader(LOCAL).get();
        }
    }

    /** The values of a property of an expanded node: always a list, empty when absent. */
    static List<JsonValue> values(JsonObject node, String property) {
        JsonValue value = node.get(property);
        return value == null ? List.of() : value.asJsonArray();
    }

    static JsonObject one(JsonObject node, String property) {
        List<JsonValue> values = values(node, property);
        if (values.size() != 1) {
            throw new AssertionError("Expected one " + property + " in " + node + ", found " + values.size());
        }
        return values.get(0).asJsonObject();
    }

    /** The one literal of a property, as text ({@code @value}), or its IRI ({@code @id}). */
    static String text(JsonObject node, String property) {
        JsonObject value = one(node, property);
        JsonValue v = value.containsKey("@value") ? value.get("@value") : value.get("@id");
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        return String.valueOf(v);
    }

    static boolean isA(JsonObject node, String type) {
        return values(node, "@type").stream().anyMatch(t -> t instanceof JsonString s && s.getString().equals(type));
    }

    /** The items of an ordered list property ({@code @list}). */
    static List<JsonObject> list(JsonObject node, String property) {
        return values(one(node, property), "@list").stream().map(JsonValue::asJsonObject).toList();
    }

    /** The text at code point offsets: how a Web Annotation consumer reads a TextPositionSelector. */
    static String atCodePoints(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
