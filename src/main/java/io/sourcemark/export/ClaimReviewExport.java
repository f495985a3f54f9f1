package io.sourcemark.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;

/**
 * schema.org ClaimReview JSON-LD: one review per statement with a verdict, all of an article's in one
 * {@code @graph}. Each has the required {@code claimReviewed}, {@code reviewRating} (see {@link VerdictScale}) and
 * {@code url}, and the recommended {@code author}, {@code itemReviewed} (a Claim by the speaker, appearing in the
 * article) and {@code datePublished}.
 */
public final class ClaimReviewExport {

    /**
     * ClaimReview is pasted into a page's {@code <script type="application/ld+json">}: a title holding
     * {@code </script>} would end that block there, so {@code <}, {@code >} and {@code &} are written as escapes.
     */
    private final ObjectMapper json = new ObjectMapper(new com.fasterxml.jackson.core.JsonFactory()
            .setCharacterEscapes(new ScriptSafeEscapes())).enable(SerializationFeature.INDENT_OUTPUT);

    /** The statements with a verdict, in reading order: what {@link #write} reviews. */
    public int reviewCount(ReportModel model, ExportOptions options) {
        return reviewed(ReportView.of(model, options)).size();
    }

    public void write(ReportModel model, ExportOptions options, OutputStream out) throws IOException {
        ReportView view = ReportView.of(model, options);
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        for (StatementRow row : reviewed(view)) {
            graph.add(review(view, row));
        }
        json.writeValue(out, root);
    }

    private static List<StatementRow> reviewed(ReportView view) {
        if (!view.options().verdicts()) {
            return List.of();
        }
        return view.statements().stream()
                .filter(row -> row.annotation().verification() != null
                        && row.annotation().verification().verdict() != Verdict.NOT_CHECKED)
                .toList();
    }

    private ObjectNode review(ReportView view, StatementRow row) {
        ExportOptions options = view.options();
        ArticleMeta meta = view.model().article().meta();
        Verification v = row.annotation().verification();
        ObjectNode review = json.createObjectNode();
        review.put("@type", "ClaimReview");
        review.put("url", options.publicationUrl() != null ? options.publicationUrl() + "#statement-" + row.number()
                : WebAnnotationTerms.iri(row.annotation().uid()));
        review.put("claimReviewed", row.text());
        String reviewer = v.reviewer() != null ? v.reviewer() : options.reviewer();
        ObjectNode author = author(reviewer, options.organisation());
        if (author != null) {
            review.set("author", author);
        }
        review.put("datePublished", (v.reviewedAt() != null ? v.reviewedAt() : view.model().readAt())
                .atZone(ZoneOffset.UTC).toLocalDate().toString());
        ObjectNode rating = review.putObject("reviewRating");
        rating.put("@type", "Rating");
        OptionalInt value = VerdictScale.rating(v.verdict());
        if (value.isPresent()) {
            rating.put("ratingValue", value.getAsInt());
        }
        rating.put("bestRating", VerdictScale.BEST);
        rating.put("worstRating", VerdictScale.WORST);
        rating.put("alternateName", VerdictScale.name(v.verdict()));
        if (v.rationale() != null) {
            review.put("reviewBody", v.rationale());
        }
        ObjectNode claim = review.putObject("itemReviewed");
        claim.put("@type", "Claim");
        Speaker speaker = row.speaker();
        if (speaker != null) {
            ObjectNode by = claim.putObject("author");
            by.put("@type", speaker.kind() == SpeakerKind.PERSON || speaker.kind() == SpeakerKind.ANONYMOUS
                    ? "Person" : "Organization");
            by.put("name", speaker.name());
            if (speaker.role() != null && speaker.kind() == SpeakerKind.PERSON) {
                by.put("jobTitle", speaker.role());
            }
        }
        if (meta.date() != null) {
            claim.put("datePublished", meta.date());
        }
        ObjectNode appearance = claim.putObject("appearance");
        appearance.put("@type", "NewsArticle");
        appearance.put("headline", meta.title());
        if (meta.url() != null) {
            appearance.put("url", meta.url());
        }
        if (meta.date() != null) {
            appearance.put("datePublished", meta.date());
        }
        if (meta.source() != null) {
            appearance.putObject("publisher").put("@type", "Organization").put("name", meta.source());
        }
        return review;
    }

    /** The reviewer working for the organisation, or whichever of them is known; null when neither is. */
    private ObjectNode author(String reviewer, String organisation) {
        ObjectNode org = null;
        if (organisation != null) {
            org = json.createObjectNode().put("@type", "Organization").put("name", organisation);
        }
        if (reviewer == null) {
            return org;
        }
        ObjectNode person = json.createObjectNode().put("@type", "Person").put("name", reviewer);
        if (org != null) {
            person.set("worksFor", org);
        }
        return person;
    }

    /** JSON's standard escapes, and the three characters HTML reads inside a script element. */
    private static final class ScriptSafeEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {

        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
