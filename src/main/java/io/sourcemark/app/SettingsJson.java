package io.sourcemark.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings file's JSON, read and written field by field with Jackson's streaming parser. The window reads it
 * before it can show anything: the object mapper would first load and link some hundreds of classes (a quarter of
 * a second on a laptop's cold start), the parser a few dozen. Unknown fields (from a newer version) are skipped,
 * missing ones keep their defaults, a value of the wrong type makes the file unreadable as a whole.
 */
final class SettingsJson {

    private final JsonFactory factory = new JsonFactory();

    Settings read(byte[] bytes) throws IOException {
        Settings defaults = Settings.DEFAULTS;
        boolean dark = defaults.dark();
        int zoom = defaults.zoom();
        List<String> recent = defaults.recentProjects();
        Map<String, Long> lastArticles = defaults.lastArticles();
        String reviewer = defaults.reviewer();
        Double claimThreshold = defaults.claimThreshold();
        String libraryOrder = defaults.libraryOrder();
        String organisation = defaults.organisation();
        String exportFolder = defaults.exportFolder();
        Settings.WindowPlace window = defaults.window();
        List<Double> dividers = defaults.dividers();
        try (JsonParser json = factory.createParser(bytes)) {
            expect(json, json.nextToken(), JsonToken.START_OBJECT);
            for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
                expect(json, token, JsonToken.FIELD_NAME);
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "dark" -> dark = bool(json, value);
                    case "zoom" -> zoom = whole(json, value);
                    case "recentProjects" -> recent = strings(json, value);
                    case "lastArticles" -> lastArticles = ids(json, value);
                    case "reviewer" -> reviewer = text(json, value);
                    case "claimThreshold" -> claimThreshold = value == JsonToken.VALUE_NULL ? null : number(json, value);
                    case "libraryOrder" -> libraryOrder = text(json, value);
                    case "organisation" -> organisation = text(json, value);
                    case "exportFolder" -> exportFolder = text(json, value);
                    case "window" -> window = place(json, value);
                    case "dividers" -> dividers = fractions(json, value);
                    default -> json.skipChildren();
                }
            }
        }
        return new Settings(dark, zoom, recent, lastArticles, reviewer, claimThreshold, libraryOrder, organisation,
                exportFolder, window, dividers);
    }

    byte[] write(Settings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = factory.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeBooleanField("dark", settings.dark());
            json.writeNumberField("zoom", settings.zoom());
            json.writeArrayFieldStart("recentProjects");
            for (String project : settings.recentProjects()) {
                json.writeString(project);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("lastArticles");
            for (Map.Entry<String, Long> last : settings.lastArticles().entrySet()) {
                json.writeNumberField(last.getKey(), last.getValue());
            }
            json.writeEndObject();
            json.writeStringField("reviewer", settings.reviewer());
            json.writeNumberField("claimThreshold", settings.claimThreshold());
            json.writeStringField("libraryOrder", settings.libraryOrder());
            json.writeStringField("organisation", settings.organisation());
            json.writeStringField("exportFolder", settings.exportFolder());
            Settings.WindowPlace window = settings.window();
            if (window == null) {
                json.writeNullField("window");
            } else {
                json.writeObjectFieldStart("window");
                json.writeNumberField("x", window.x());
                json.writeNumberField("y", window.y());
                json.writeNumberField("width", window.width());
                json.writeNumberField("height", window.height());
                json.writeBooleanField("maximized", window.maximized());
                json.writeEndObject();
            }
            json.writeArrayFieldStart("dividers");
            for (double divider : settings.dividers()) {
                json.writeNumber(divider);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static boolean bool(JsonParser json, JsonToken value) throws JsonParseException {
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw wrong(json, "true or false");
        }
        return value == JsonToken.VALUE_TRUE;
    }

    private static int whole(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT) {
            throw wrong(json, "a whole number");
        }
        return json.getIntValue();
    }

    private static double number(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrong(json, "a number");
        }
        return json.getDoubleValue();
    }

    private static String text(JsonParser json, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw wrong(json, "a text");
        }
        return json.getText();
    }

    private static List<String> strings(JsonParser json, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return List.of();
        }
        expect(json, value, JsonToken.START_ARRAY);
        List<String> strings = new ArrayList<>();
        for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
            String read = text(json, item);
            if (read != null) {
                strings.add(read);
            }
        }
        return strings;
    }

    private static Map<String, Long> ids(JsonParser json, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        expect(json, value, JsonToken.START_OBJECT);
        Map<String, Long> ids = new LinkedHashMap<>();
        for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
            expect(json, token, JsonToken.FIELD_NAME);
            String key = json.currentName();
            if (json.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                throw wrong(json, "an article's number");
            }
            ids.put(key, json.getLongValue());
        }
        return ids;
    }

    /** The panes' dividers: like the window's place, a value of the wrong shape loses only them. */
    private static List<Double> fractions(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            json.skipChildren();
            return List.of();
        }
        List<Double> fractions = new ArrayList<>();
        for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
            boolean isNumber = item == JsonToken.VALUE_NUMBER_INT || item == JsonToken.VALUE_NUMBER_FLOAT;
            fractions.add(isNumber ? json.getDoubleValue() : null);
            json.skipChildren();
        }
        return fractions;
    }

    /**
     * Where the window was: unlike the other fields, a value of the wrong type here loses only the place (the window
     * opens at its default), not the whole file with the name and the recent projects.
     */
    private static Settings.WindowPlace place(JsonParser json, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            json.skipChildren();
            return null;
        }
        double x = Double.NaN;
        double y = Double.NaN;
        double width = Double.NaN;
        double height = Double.NaN;
        boolean maximized = false;
        for (JsonToken token = json.nextToken(); token != JsonToken.END_OBJECT; token = json.nextToken()) {
            expect(json, token, JsonToken.FIELD_NAME);
            String field = json.currentName();
            JsonToken read = json.nextToken();
            boolean isNumber = read == JsonToken.VALUE_NUMBER_INT || read == JsonToken.VALUE_NUMBER_FLOAT;
            double n = isNumber ? json.getDoubleValue() : Double.NaN;
            switch (field) {
                case "x" -> x = n;
                case "y" -> y = n;
                case "width" -> width = n;
                case "height" -> height = n;
                case "maximized" -> maximized = read == JsonToken.VALUE_TRUE;
                default -> json.skipChildren();
            }
            if (!isNumber) {
                json.skipChildren(); // an array or an object in place of a number
            }
        }
        return new Settings.WindowPlace(x, y, width, height, maximized);
    }

    private static void expect(JsonParser json, JsonToken found, JsonToken expected) throws JsonParseException {
        if (found != expected) {
            throw new JsonParseException(json, "Expected " + expected + ", found " + found);
        }
    }

    private static JsonParseException wrong(JsonParser json, String expected) {
        return new JsonParseException(json, "Expected " + expected + " for " + currentName(json));
    }

    private static String currentName(JsonParser json) {
        try {
            return json.currentName();
        } catch (IOException e) {
            return "a field";
        }
    }
}
