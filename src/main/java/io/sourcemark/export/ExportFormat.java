package io.sourcemark.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats an article, a selection or the library can be exported to. */
public enum ExportFormat {
    /** A self-contained report for a browser: highlighted article, statements, speakers. */
    HTML("html", ".html"),
    /** The same report on paper. */
    PDF("pdf", ".pdf"),
    /** The same content for a CMS or a wiki. */
    MARKDOWN("md", ".md"),
    /** One row per statement, for a spreadsheet. */
    CSV("csv", ".csv"),
    /** W3C Web Annotation JSON-LD: one AnnotationCollection per article; imports back without loss. */
    W3C("w3c", ".jsonld"),
    /** schema.org ClaimReview JSON-LD for the statements with a verdict. */
    CLAIMREVIEW("claimreview", ".claimreview.jsonld"),
    /** brat standoff: a folder per article with its .txt, .ann and brat's configuration. */
    BRAT("brat", "");

    private final String cliName;
    private final String extension;

    ExportFormat(String cliName, String extension) {
        this.cliName = cliName;
        this.extension = extension;
    }

    /** The name on the command line ("md", "w3c"). */
    public String cliName() {
        return cliName;
    }

    /** What the file name of an article ends with; empty for a format written as a folder. */
    public String extension() {
        return extension;
    }

    /** brat needs its configuration beside each document, so each article is a folder. */
    public boolean isFolder() {
        return this == BRAT;
    }

    public static Optional<ExportFormat> fromCliName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst();
    }

    /** "html, pdf, md, …", for messages. */
    public static String cliNames() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }
}
