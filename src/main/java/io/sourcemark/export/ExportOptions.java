package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an export includes and who signs it; the same for every format, each using what applies to it.
 *
 * @param layers         the kinds of highlight exported
 * @param suggestions    whether suggestions the analyst has not reviewed are exported (marked as suggestions)
 * @param rejected       whether dismissed suggestions go into the W3C export, so that a project merging it does not
 *                       suggest them again; reports never show them
 * @param verdicts       whether verdicts, rationales and evidence are exported
 * @param notes          whether the analyst's notes are exported
 * @param reviewer       who signs the report (from the preferences), or null
 * @param organisation   for whom, or null
 * @param publicationUrl where the HTML report will be published, for ClaimReview's {@code url}, or null
 * @param byteOrderMark  whether CSV files start with a UTF-8 byte-order mark, for Excel
 */
public record ExportOptions(Set<Kind> layers, boolean suggestions, boolean rejected, boolean verdicts, boolean notes,
                            String reviewer, String organisation, String publicationUrl, boolean byteOrderMark) {

    public ExportOptions {
        layers = layers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(layers));
        reviewer = blankToNull(reviewer);
        organisation = blankToNull(organisation);
        publicationUrl = blankToNull(publicationUrl);
    }

    /** Everything, unsigned: every layer, suggestions, rejected suggestions (W3C only), verdicts and notes. */
    public static ExportOptions everything() {
        return new ExportOptions(EnumSet.allOf(Kind.class), true, true, true, true, null, null, null, false);
    }

    public ExportOptions signedBy(String newReviewer, String newOrganisation) {
        return new ExportOptions(layers, suggestions, rejected, verdicts, notes, newReviewer, newOrganisation,
                publicationUrl, byteOrderMark);
    }

    public ExportOptions withLayers(Set<Kind> newLayers) {
        return new ExportOptions(newLayers, suggestions, rejected, verdicts, notes, reviewer, organisation,
                publicationUrl, byteOrderMark);
    }

    /** Reviewed highlights only: no unreviewed and no rejected suggestions. */
    public ExportOptions reviewedOnly() {
        return new ExportOptions(layers, false, false, verdicts, notes, reviewer, organisation, publicationUrl,
                byteOrderMark);
    }

    public ExportOptions withoutRejected() {
        return new ExportOptions(layers, suggestions, false, verdicts, notes, reviewer, organisation, publicationUrl,
                byteOrderMark);
    }

    public ExportOptions withoutVerdicts() {
        return new ExportOptions(layers, suggestions, rejected, false, notes, reviewer, organisation, publicationUrl,
                byteOrderMark);
    }

    public ExportOptions withoutNotes() {
        return new ExportOptions(layers, suggestions, rejected, verdicts, false, reviewer, organisation,
                publicationUrl, byteOrderMark);
    }

    public ExportOptions publishedAt(String url) {
        return new ExportOptions(layers, suggestions, rejected, verdicts, notes, reviewer, organisation, url,
                byteOrderMark);
    }

    public ExportOptions withByteOrderMark(boolean bom) {
        return new ExportOptions(layers, suggestions, rejected, verdicts, notes, reviewer, organisation,
                publicationUrl, bom);
    }

    /** Whether a report (every format but W3C) shows the annotation. */
    boolean shows(Annotation annotation) {
        return layers.contains(annotation.kind()) && annotation.origin().isVisible()
                && (suggestions || annotation.origin() != Origin.DETECTED);
    }

    /** Whether the W3C export carries the annotation. */
    boolean carries(Annotation annotation) {
        return shows(annotation) || layers.contains(annotation.kind()) && rejected
                && annotation.origin() == Origin.REJECTED;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
