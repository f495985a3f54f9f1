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
import java.util.Set;

/** Reads gold and prediction files: JSON lines of {"id", "text", "quotes": [...]} in the format of the README. */
public final class AttributionReader {

    private static final Set<String> KINDS = Set.of("direct", "mixed", "indirect");

    private final ObjectMapper json = new ObjectMapper();

    /** All articles of the file in order; blank lines are skipped. */
    public List<ArticleAttributions> read(Path file) throws EvalFileException {
        List<ArticleAttributions> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            Map<String, String> ids = new HashMap<>();
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    String where = file + ":" + number;
                    ArticleAttributions article = parse(line, where);
                    JsonLine.unique(ids, article.id(), where);
                    out.add(article);
                }
            }
        } catch (IOException e) {
            throw new EvalFileException("Cannot read " + file + ": " + io.sourcemark.model.FileTrouble.reason(e) + ".", e);
        }
        return out;
    }

    /** One line; {@code where} names it in error messages. */
    public ArticleAttributions parse(String line, String where) throws EvalFileException {
        JsonNode root = JsonLine.object(json, line, where);
        if (root.has("quotes") && !root.get("quotes").isArray()) {
            throw new EvalFileException(where + ": \"quotes\" must be a list");
        }
        if (root.hasNonNull("text") && !root.get("text").isTextual()) {
            throw new EvalFileException(where + ": \"text\" must be a string");
        }
        String text = root.hasNonNull("text") ? root.get("text").asText() : null;
        List<Attribution> quotes = new ArrayList<>();
        int index = 0;
        for (JsonNode q : root.path("quotes")) {
            if (!q.isObject()) {
                throw new EvalFileException(where + " quote " + index + ": each quote must be an object");
            }
            Attribution a = attribution(q, where + " quote " + index);
            if (text != null) {
                within(a, text.length(), where + " quote " + index);
            }
            quotes.add(a);
            index++;
        }
        return new ArticleAttributions(root.get("id").asText(), text, quotes);
    }

    /**
     * Offsets past the end of the article's text would be scored against nothing, as misses or as noise; a quoted
     * span outside its quote would be scored as a quote of its own.
     */
    private static void within(Attribution a, int length, String where) throws EvalFileException {
        for (TextRange span : a.quotedSpans()) {
            if (span.start() < a.range().start() || span.end() > a.range().end()) {
                throw new EvalFileException(where + ": quoted span [" + span.start() + ", " + span.end()
                        + ") is outside its quote [" + a.range().start() + ", " + a.range().end() + ")");
            }
        }
        List<TextRange> ranges = new ArrayList<>(a.quotedSpans());
        ranges.add(a.range());
        if (a.speaker() != null) {
            ranges.add(a.speaker());
        }
        for (TextRange r : ranges) {
            if (r.end() > length) {
                throw new EvalFileException(where + ": range [" + r.start() + ", " + r.end() + ") is past the end "
                        + "of the text (" + length + " characters)");
            }
        }
    }

    private static Attribution attribution(JsonNode q, String where) throws EvalFileException {
        TextRange range = range(q, "start", "end", where);
        if (range == null) {
            throw new EvalFileException(where + ": \"start\" and \"end\" must be offsets");
        }
        List<TextRange> spans = new ArrayList<>();
        for (JsonNode s : q.path("quoted_spans")) {
            TextRange span = s.isArray() && s.size() == 2 ? range(s.get(0), s.get(1), "a quoted span's offsets", where) : null;
            if (span == null) {
                throw new EvalFileException(where + ": each quoted span must be a pair [start, end]");
            }
            spans.add(span);
        }
        String kind = q.hasNonNull("kind") ? q.get("kind").asText() : "direct";
        if (!KINDS.contains(kind)) {
            // the scorer counts any other kind as reported speech: a misspelt "drect" would be scored as indirect
            throw new EvalFileException(where + ": the kind \"" + kind + "\" is not one of \"direct\", \"mixed\" "
                    + "and \"indirect\"");
        }
        TextRange speaker = range(q, "speaker_start", "speaker_end", where);
        String speakerText = q.hasNonNull("speaker") ? q.get("speaker").asText() : null;
        return new Attribution(range, kind, spans, speaker, speakerText);
    }

    /** The range of two named fields; null when neither is given. */
    private static TextRange range(JsonNode q, String startField, String endField, String where)
            throws EvalFileException {
        return range(q.get(startField), q.get(endField), "\"" + startField + "\" and \"" + endField + "\"", where);
    }

    /** A range of two offsets; null when neither is given. */
    private static TextRange range(JsonNode start, JsonNode end, String what, String where)
            throws EvalFileException {
        boolean none = (start == null || start.isNull()) && (end == null || end.isNull());
        if (none) {
            return null;
        }
        if (!JsonLine.isOffset(start) || !JsonLine.isOffset(end)) {
            throw new EvalFileException(where + ": " + what + " must be whole numbers, both given (found " + start
                    + " and " + end + ")");
        }
        int s = start.asInt();
        int e = end.asInt();
        if (s < 0 || e < s) {
            throw new EvalFileException(where + ": range [" + s + ", " + e + ") is reversed or negative");
        }
        return new TextRange(s, e);
    }
}
