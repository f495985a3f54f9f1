package io.sourcemark.service;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.model.Kind;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * An export as the window's dialog asks for it, in the window's terms: the format by its {@link Format} entry, and
 * the options as check boxes. It becomes the {@link ExportRequest} the command line makes too.
 *
 * @param articleIds  the articles, in this order; empty for every article of the project
 * @param suggestions    whether unreviewed suggestions go in (and, in W3C, dismissed ones, so a merge keeps them
 *                       out)
 * @param publicationUrl the page the report will be published at (ClaimReview's {@code url}), or blank
 */
public record ExportChoice(Format format, List<Long> articleIds, Path folder, boolean oneFile, boolean overwrite,
                           Set<Kind> layers, boolean suggestions, boolean verdicts, boolean notes,
                           boolean byteOrderMark, String reviewer, String organisation, String publicationUrl) {

    public ExportChoice {
        articleIds = List.copyOf(articleIds);
        layers = Set.copyOf(layers);
    }

    /** The formats as the dialog lists them. */
    public enum Format {
        HTML("HTML report", ExportFormat.HTML),
        PDF("PDF report", ExportFormat.PDF),
        MARKDOWN("Markdown", ExportFormat.MARKDOWN),
        CSV("CSV (spreadsheet)", ExportFormat.CSV),
        W3C("W3C Web Annotation (JSON-LD)", ExportFormat.W3C),
        CLAIMREVIEW("ClaimReview (schema.org JSON-LD)", ExportFormat.CLAIMREVIEW),
        BRAT("brat standoff", ExportFormat.BRAT);

        private final String label;
        private final ExportFormat format;

        Format(String label, ExportFormat format) {
            this.label = label;
            this.format = format;
        }

        public String label() {
            return label;
        }

        /** Whether every article can go into one file (CSV). */
        public boolean canBeOneFile() {
            return format == ExportFormat.CSV;
        }

        /** The end of the file name of each article ("" for brat, which writes a folder per article). */
        public String extension() {
            return format.extension();
        }

        ExportFormat format() {
            return format;
        }

        static List<Format> all() {
            return Arrays.asList(values());
        }
    }

    public ExportChoice overwriting() {
        return new ExportChoice(format, articleIds, folder, oneFile, true, layers, suggestions, verdicts, notes,
                byteOrderMark, reviewer, organisation, publicationUrl);
    }

    ExportRequest request() {
        return new ExportRequest(format.format(), articleIds, folder, options(), oneFile && format.canBeOneFile(),
                overwrite);
    }

    /** The options as chosen: the publication address for ClaimReview only, the one format that uses it. */
    ExportOptions options() {
        String published = format == Format.CLAIMREVIEW && publicationUrl != null ? publicationUrl.strip() : null;
        ExportOptions options = ExportOptions.everything().withLayers(layers).signedBy(reviewer, organisation)
                .publishedAt(published).withByteOrderMark(byteOrderMark);
        if (!suggestions) {
            options = options.reviewedOnly();
        }
        if (!verdicts) {
            options = options.withoutVerdicts();
        }
        if (!notes) {
            options = options.withoutNotes();
        }
        return options;
    }
}
