package io.sourcemark.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.sourcemark.importer.ArticleTextForm;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.ClaimCategory;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Relation;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Stance;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One annotation of a W3C export read back: its range from the selectors (code points of the file's text, placed in
 * the normal form), its bodies.
 */
final class WebAnnotationItem {

    private final JsonNode node;
    private final ArticleText text;
    private final String body;
    private final Map<String, InterchangeTag> tags;
    private final String uid;
    /** What was read otherwise than the file says (a part left out, a value not known), each in a sentence. */
    private final List<String> problems = new ArrayList<>();

    WebAnnotationItem(JsonNode node, ArticleText text, Map<String, InterchangeTag> tags) {
        this.node = node;
        this.text = text;
        this.body = text.body();
        this.tags = tags;
        String given = WebAnnotationTerms.uid(JsonFields.text(node, "id"));
        this.uid = given != null ? given : WebAnnotationReader.newUid();
    }

    InterchangeAnnotation read() throws InterchangeException {
        Kind kind = JsonFields.enumValue(node, "sm:kind", Kind.class);
        if (kind == null) {
            throw new InterchangeException("Annotation " + uid + " has no kind (sm:kind); it was left out.");
        }
        JsonNode target = JsonFields.items(node, "target").stream().findFirst()
                .orElseThrow(() -> new InterchangeException("Annotation " + uid + " has no target; it was left out."));
        JsonNode quote = selector(target, "TextQuoteSelector");
        JsonNode position = selector(target, "TextPositionSelector");
        TextRange inFile = position != null ? inFile(position) : null;
        String exact = quote == null ? null : JsonFields.rawText(quote, "exact");
        boolean offsetsWrong = position != null && exact != null
                && (inFile == null || !exact.equals(inFile.of(text.raw())));
        if (offsetsWrong) {
            inFile = null;
        }
        if (inFile == null && exact != null) {
            inFile = locate(exact, JsonFields.rawText(quote, "prefix"));
        }
        String named = "Annotation " + uid + " (“" + ReportView.abbreviated(ArticleTextForm.field(
                exact != null ? exact : inFile != null ? inFile.of(text.raw()) : "")) + "”)";
        if (offsetsWrong && inFile != null) {
            problems.add(named + ": its offsets (" + offsets(position) + ") do not point at its words; it was "
                    + "placed where its words are.");
        }
        if (inFile == null || exact != null && !exact.equals(inFile.of(text.raw()))) {
            throw new InterchangeException(named + " is not at its place in the article's text; it was left out.");
        }
        if (inFile.of(text.raw()).isBlank()) {
            throw new InterchangeException(named + " covers no words, only spaces or nothing; it was left out.");
        }
        TextRange range = text.place(inFile).orElseThrow(() -> new InterchangeException(named + " covers words "
                + "that are not in the article's text once it takes Sourcemark's form; it was left out."));
        List<TextRange> pieces = pieces(range, named);
        JsonNode cueNode = node.get("sm:cue");
        TextRange cueInFile = cueNode == null ? null : inFile(cueNode);
        TextRange cue = cueInFile == null ? null : text.place(cueInFile).orElse(null);
        if (cueNode != null && cue == null) {
            problems.add(named + ": its cue (" + offsets(cueNode) + ") is not in the article's text; it was left "
                    + "out.");
        }
        Annotation fresh = Annotation.of(0, kind, origin(named), range, body);
        // the file's context words stand as they are only where the text kept its form
        boolean sameText = text.raw().equals(body);
        String prefix = sameText && quote != null && JsonFields.text(quote, "prefix") != null
                ? JsonFields.text(quote, "prefix") : fresh.prefix();
        String suffix = sameText && quote != null && JsonFields.text(quote, "suffix") != null
                ? JsonFields.text(quote, "suffix") : fresh.suffix();
        String speakerUid = null;
        List<String> tagUids = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<InterchangeAnnotation.Outgoing> links = new ArrayList<>();
        Verification verification = fresh.verification();
        String note = null;
        for (JsonNode b : JsonFields.items(node, "body")) {
            String purpose = JsonFields.text(b, "purpose");
            if ("identifying".equals(purpose)) {
                speakerUid = WebAnnotationTerms.uid(JsonFields.text(b, "sm:speaker"));
            } else if ("tagging".equals(purpose)) {
                tagUids.add(tag(b));
            } else if ("assessing".equals(purpose) && kind.isStatement()) {
                verification = verification(b, named);
                evidence.addAll(evidence(b, named));
            } else if ("commenting".equals(purpose)) {
                note = JsonFields.text(b, "value");
            } else if ("linking".equals(purpose)) {
                String to = WebAnnotationTerms.uid(JsonFields.text(b, "source"));
                Relation relation = JsonFields.enumValue(b, "sm:relation", Relation.class);
                if (to != null && relation != null) {
                    String linkUid = WebAnnotationTerms.uid(JsonFields.text(b, "id"));
                    links.add(new InterchangeAnnotation.Outgoing(linkUid != null ? linkUid
                            : WebAnnotationReader.newUid(), to, relation, JsonFields.text(b, "sm:note")));
                } else {
                    problems.add(named + ": a link " + (to == null ? "to no annotation (source)"
                            : "of a kind Sourcemark does not know (“" + ReportView.abbreviated(
                                    String.valueOf(JsonFields.text(b, "sm:relation"))) + "”)") + " was left out.");
                }
            }
        }
        String score = JsonFields.text(node, "sm:score");
        Double parsedScore = score == null ? null : parseScore(score);
        if (score != null && parsedScore == null) {
            problems.add(named + ": its score “" + ReportView.abbreviated(score) + "” is not a number from 0 to 1; "
                    + "it was left out.");
        }
        Annotation annotation = new Annotation(0, uid, 0, kind, fresh.origin(), range, pieces, range.of(body), prefix,
                suffix, null, cue, parsedScore, known(node, "sm:category", ClaimCategory.class, named, "category"),
                known(node, "sm:suggestedKind", Kind.class, named, "suggested kind"), verification, note);
        return new InterchangeAnnotation(annotation, speakerUid, tagUids, evidence, links);
    }

    /**
     * Made by hand when the file does not say (another tool's annotation, or a null); a suggestion when it says something
     * Sourcemark does not know, so that it neither passes for an analyst's review nor replaces one in a merge.
     */
    private Origin origin(String named) {
        if (!node.hasNonNull("sm:origin")) {
            return Origin.MANUAL;
        }
        Origin origin = JsonFields.enumValue(node, "sm:origin", Origin.class);
        if (origin == null) {
            JsonNode given = node.get("sm:origin");
            problems.add(named + ": its origin “" + ReportView.abbreviated(given.isTextual() ? given.textValue()
                    : given.toString()) + "” is not one Sourcemark knows; it was read as a suggestion.");
            return Origin.DETECTED;
        }
        return origin;
    }

    /** The annotation's problems found while reading it, for the import's list; read after {@link #read()}. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** An enum value; one the file gives that Sourcemark does not know is named in the problems and read as none. */
    private <E extends Enum<E>> E known(JsonNode from, String field, Class<E> type, String named, String what) {
        E value = JsonFields.enumValue(from, field, type);
        String given = JsonFields.text(from, field);
        if (value == null && given != null && !given.isBlank()) {
            problems.add(named + ": its " + what + " “" + ReportView.abbreviated(given) + "” is not one Sourcemark "
                    + "knows; it was left out.");
        }
        return value;
    }

    /** A selector's start and end as the file writes them, for a message. */
    private static String offsets(JsonNode selector) {
        return JsonFields.text(selector, "start") + "–" + JsonFields.text(selector, "end");
    }

    private static JsonNode selector(JsonNode target, String type) {
        return JsonFields.items(target, "selector").stream().filter(s -> JsonFields.isA(s, type)).findFirst()
                .orElse(null);
    }

    /** A TextPositionSelector's range in the file's text, converted from code points; null when it is not inside. */
    private TextRange inFile(JsonNode position) {
        return text.ofCodePoints(JsonFields.integer(position, "start"), JsonFields.integer(position, "end"));
    }

    /**
     * The pieces of a quote in the normal form, as the project keeps them: inside the quote's range, none empty, in
     * the order of the text and none over another (as the brat reader requires of a mark's pieces).
     */
    private List<TextRange> pieces(TextRange range, String named) throws InterchangeException {
        List<TextRange> pieces = new ArrayList<>();
        for (JsonNode piece : JsonFields.items(node, "sm:pieces")) {
            TextRange inFile = inFile(piece);
            TextRange placed = inFile == null ? null : text.place(inFile).orElse(null);
            if (placed == null || placed.start() < range.start() || placed.end() > range.end()) {
                throw new InterchangeException(named + " has a part outside its range; it was left out.");
            }
            if (placed.of(body).isBlank()) {
                throw new InterchangeException(named + " has a part that covers no words; it was left out.");
            }
            if (!pieces.isEmpty() && placed.start() < pieces.get(pieces.size() - 1).end()) {
                throw new InterchangeException(named + " has parts that overlap or are out of order; it was left "
                        + "out.");
            }
            pieces.add(placed);
        }
        return pieces;
    }

    /** Where the quoted text stands, after its prefix when that tells two places apart. */
    private TextRange locate(String exact, String prefix) {
        String raw = text.raw();
        int at = prefix == null ? -1 : raw.indexOf(prefix + exact);
        int start = at >= 0 ? at + prefix.length() : raw.indexOf(exact);
        return start < 0 || exact.isEmpty() ? null : new TextRange(start, start + exact.length());
    }

    /** The tag's uid; a tag body naming a tag the collection does not list brings it as a new tag. */
    private String tag(JsonNode b) {
        String tagUid = WebAnnotationTerms.uid(JsonFields.text(b, "sm:tag"));
        if (tagUid == null || !tags.containsKey(tagUid)) {
            String name = JsonFields.text(b, "value");
            String newUid = tagUid != null ? tagUid : WebAnnotationReader.newUid();
            tags.put(newUid, new InterchangeTag(new Tag(0, newUid, name == null || name.isBlank() ? "tag" : name,
                    null, null, null), null));
            return newUid;
        }
        return tagUid;
    }

    private Verification verification(JsonNode b, String named) {
        Verdict verdict = known(b, "sm:verdict", Verdict.class, named, "verdict");
        ReviewStatus status = known(b, "sm:status", ReviewStatus.class, named, "review status");
        String reviewedAt = JsonFields.text(b, "sm:reviewedAt");
        Instant at = null;
        try {
            at = reviewedAt == null ? null : Instant.parse(reviewedAt);
        } catch (DateTimeParseException e) {
            problems.add(named + ": the time of its review “" + ReportView.abbreviated(reviewedAt) + "” is not a "
                    + "time; it was left out.");
        }
        return new Verification(verdict == null ? Verdict.NOT_CHECKED : verdict,
                status == null ? ReviewStatus.TO_CHECK : status, JsonFields.text(b, "sm:rationale"),
                JsonFields.text(b, "sm:reviewer"), at);
    }

    private List<Evidence> evidence(JsonNode b, String named) {
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode e : JsonFields.items(b, "sm:evidence")) {
            String url = JsonFields.text(e, "sm:url");
            if (url == null || url.isBlank()) {
                problems.add(named + ": an evidence without an address (sm:url) was left out.");
                continue;
            }
            String uid = WebAnnotationTerms.uid(JsonFields.text(e, "id"));
            Stance stance = known(e, "sm:stance", Stance.class, named, "evidence's stance");
            String accessed = JsonFields.text(e, "sm:accessed");
            LocalDate date = null;
            try {
                date = accessed == null ? null : LocalDate.parse(accessed);
            } catch (DateTimeParseException ignored) {
                problems.add(named + ": the date its evidence was read “" + ReportView.abbreviated(accessed)
                        + "” is not a date (YYYY-MM-DD); it was left out.");
            }
            evidence.add(new Evidence(0, uid != null ? uid : WebAnnotationReader.newUid(), 0, url,
                    JsonFields.text(e, "sm:title"), JsonFields.text(e, "sm:note"),
                    stance == null ? Stance.CONTEXT : stance, date));
        }
        return evidence;
    }

    private static Double parseScore(String text) {
        try {
            double score = Double.parseDouble(text);
            return score >= 0 && score <= 1 ? score : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
