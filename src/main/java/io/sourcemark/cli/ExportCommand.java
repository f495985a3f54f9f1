package io.sourcemark.cli;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.model.Kind;
import io.sourcemark.service.ExportReport;
import io.sourcemark.service.ExportRequest;
import io.sourcemark.service.ExportService;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.Project;
import io.sourcemark.service.ProjectUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code sourcemark export --project FILE --format F --out DIR [--article UID…]}: reports and interchange files. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"Exports articles of a project: one file (brat: one folder) per article in the output folder, "
                + "every article when none is named; CSV also as one file for all of them (--one-file).",
                "Existing files are left as they are unless --overwrite is given.",
                "Exit codes: 0 done, 2 some articles not written, 1 the project cannot be used."})
final class ExportCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "PATH", description = "The project file.")
    private Path project;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "html, pdf, md, csv, w3c (Web Annotation JSON-LD), claimreview (schema.org JSON-LD) or "
                    + "brat.")
    private String format;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The folder to write to.")
    private Path folder;

    @Option(names = "--article", arity = "1..*", paramLabel = "UID",
            description = "Only these articles (the uids the CSV and W3C exports list).")
    private List<String> articles = new ArrayList<>();

    @Option(names = "--one-file", description = "CSV: every article's statements in one file, statements.csv.")
    private boolean oneFile;

    @Option(names = "--overwrite", description = "Replace files that exist already.")
    private boolean overwrite;

    @Option(names = "--reviewed-only", description = "Leave out suggestions nobody has reviewed.")
    private boolean reviewedOnly;

    @Option(names = "--without-verdicts", description = "Leave out verdicts, rationales and evidence.")
    private boolean withoutVerdicts;

    @Option(names = "--without-notes", description = "Leave out the analyst's notes.")
    private boolean withoutNotes;

    @Option(names = "--without-rejected",
            description = "W3C: leave out rejected suggestions (kept by default, so that a project merging the "
                    + "export does not suggest them again).")
    private boolean withoutRejected;

    @Option(names = "--layers", split = ",", paramLabel = "KIND",
            description = "Only these kinds: speaker, direct-quote, indirect-quote, claim, tag (default: all).")
    private List<String> layers = new ArrayList<>();

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Who signs the report.")
    private String reviewer;

    @Option(names = "--organisation", paramLabel = "NAME", description = "For whom.")
    private String organisation;

    @Option(names = "--publication-url", paramLabel = "URL",
            description = "Where the HTML report will be published: ClaimReview's url.")
    private String publicationUrl;

    @Option(names = "--bom", description = "CSV: start with a UTF-8 byte-order mark, for Excel.")
    private boolean byteOrderMark;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Optional<ExportFormat> chosen = ExportFormat.fromCliName(format);
        if (chosen.isEmpty()) {
            err.println("Unknown format “" + format + "”: choose one of " + ExportFormat.cliNames() + ".");
            return ExitCodes.USAGE;
        }
        if (oneFile && chosen.get() != ExportFormat.CSV) {
            err.println("--one-file is for CSV only; other formats write one file per article.");
            return ExitCodes.USAGE;
        }
        if (byteOrderMark && chosen.get() != ExportFormat.CSV) {
            err.println("--bom is for CSV only (for Excel); the other formats are read in UTF-8 without it.");
            return ExitCodes.USAGE;
        }
        Optional<Set<Kind>> kinds = kinds();
        if (kinds.isEmpty()) {
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(project)) {
            err.println("The project " + project + " does not exist.");
            return ExitCodes.CANNOT_RUN;
        }
        if (folder.toString().isBlank()) {
            err.println("--out is empty: name the folder to write the export in (it is made when it does not exist).");
            return ExitCodes.USAGE;
        }
        Optional<Path> inTheWay = fileOnTheWay(folder);
        if (inTheWay.isPresent()) {
            String where = inTheWay.get().equals(folder) ? " is a file"
                    : " is under " + inTheWay.get() + ", which is a file";
            err.println("--out " + folder + where + ", not a folder: name the folder to write the export in (it is "
                    + "made when it does not exist).");
            return ExitCodes.USAGE;
        }
        try (Project opened = Project.open(project)) {
            ExportService exports = new ExportService(opened);
            List<Long> ids;
            try {
                ids = exports.articleIds(articles);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return ExitCodes.USAGE;
            }
            ExportReport report;
            try {
                report = exports.export(new ExportRequest(chosen.get(), ids, folder, options(kinds.get()), oneFile,
                        overwrite), ImportProgress.NONE, () -> false);
            } catch (IllegalArgumentException refused) {
                err.println((publicationUrl != null ? "--publication-url: " : "") + refused.getMessage());
                return ExitCodes.USAGE;
            }
            out.printf("Exported %d article%s as %s to %s%n", report.articles(), report.articles() == 1 ? "" : "s",
                    chosen.get().cliName(), folder);
            report.written().forEach(file -> out.println("  written  " + file));
            // the window asks before replacing; here the choice is the option
            report.skipped().forEach(s -> out.println("  skipped  “" + s.title() + "”: " + s.reason().replace(
                    "Export again and choose to replace it.", "Export again with --overwrite to replace it.")));
            return report.hasProblems() ? ExitCodes.SOME_REFUSED : ExitCodes.OK;
        } catch (ProjectUnavailableException e) {
            err.println(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
    }

    private ExportOptions options(Set<Kind> kinds) {
        ExportOptions options = ExportOptions.everything().withLayers(kinds).signedBy(reviewer, organisation)
                .publishedAt(publicationUrl).withByteOrderMark(byteOrderMark);
        if (reviewedOnly) {
            options = options.reviewedOnly();
        }
        if (withoutRejected) {
            options = options.withoutRejected();
        }
        if (withoutVerdicts) {
            options = options.withoutVerdicts();
        }
        return withoutNotes ? options.withoutNotes() : options;
    }

    private Optional<Set<Kind>> kinds() {
        if (layers.isEmpty()) {
            return Optional.of(EnumSet.allOf(Kind.class));
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String layer : layers) {
            try {
                kinds.add(Kind.valueOf(layer.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                err.println("Unknown kind “" + layer + "” in --layers: choose from speaker, direct-quote, "
                        + "indirect-quote, claim, tag.");
                return Optional.empty();
            }
        }
        return Optional.of(kinds);
    }

    /** The output folder itself, or the nearest path above it that exists, when that is not a folder. */
    private static Optional<Path> fileOnTheWay(Path folder) {
        Path whole = folder.toAbsolutePath().normalize();
        for (Path at = whole; at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                return Files.isDirectory(at) ? Optional.empty() : Optional.of(at.equals(whole) ? folder : at);
            }
        }
        return Optional.empty();
    }
}
