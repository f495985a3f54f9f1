package io.sourcemark.cli;

import io.sourcemark.analysis.Analyzer;
import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.DetectionReport;
import io.sourcemark.service.DetectionService;
import io.sourcemark.service.ImportReport;
import io.sourcemark.service.ImportService;
import io.sourcemark.service.ImportedFile;
import io.sourcemark.service.Project;
import io.sourcemark.service.ProjectUnavailableException;
import io.sourcemark.service.RefusedFile;
import io.sourcemark.service.WebAddresses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code sourcemark import --project FILE FILE|DIR…}: adds articles to a project and says what happened. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"Imports article files and web pages into a project. Folders are searched recursively for supported "
                + "files (of the extensions txt, text, md, markdown, html, htm, xhtml, pdf, docx, odt); hidden files and the resources folders of "
                + "saved web pages are skipped. Web addresses are fetched (http and https only, at most 5 redirects) and the page is kept with the article. A text already in the project is not added again. The articles imported are then analysed, as the window does: their speakers, quotes and claims are suggested (--no-detect leaves that to the window).",
                "Exit codes: 0 all imported, 2 some inputs refused or not imported (the project stopped the "
                        + "import half-way), 1 the project cannot be used."})
final class ImportCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "PATH",
            description = "The project file; created when it does not exist.")
    private Path project;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|URL",
            description = "Article files, folders, or web addresses (http:// or https://) to fetch and import.")
    private List<String> inputs;

    @Option(names = "--progress", description = "Print a line on standard error as each input starts "
            + "(\"3 of 40  FILE\").")
    private boolean showProgress;

    @Option(names = "--no-detect", description = "Import only: no suggestions are made now (the window makes them "
            + "when it opens the project).")
    private boolean noDetect;

    private final Supplier<Analyzer> analyzer;

    ImportCommand(PrintStream out, PrintStream err) {
        this(out, err, Analyzer::load);
    }

    /** For callers that already hold a loaded engine. */
    ImportCommand(PrintStream out, PrintStream err, Supplier<Analyzer> analyzer) {
        this.out = out;
        this.err = err;
        this.analyzer = analyzer;
    }

    @Override
    public Integer call() {
        // declared first, closed last: an interrupt waits for the summary and for the project to be closed
        try (Interruption interruption = Interruption.watch(); Project opened = Project.open(project);
             ComputePool compute = ComputePool.sizedToTheCores()) {
            StoppedImport progress = new StoppedImport(new ArticleService(opened));
            ImportReport report;
            try {
                List<String> addresses = inputs.stream().filter(WebAddresses::looksLikeAddress).toList();
                List<Path> files = inputs.stream().filter(input -> !WebAddresses.looksLikeAddress(input))
                        .map(Path::of).toList();
                report = new ImportService(opened, ImporterRegistry.standard(), compute)
                        .importAll(files, addresses, (done, total, current) -> {
                            progress.update(done, total, current);
                            if (showProgress && current != null) {
                                err.printf("%d of %d  %s%n", done + 1, total, current);
                            }
                        }, interruption::asked);
            } catch (RuntimeException e) {
                return printStopped(progress, e, opened.file());
            }
            printSummary(report, opened.file());
            if (report.cancelled()) {
                out.printf("  not done   the %d inputs after the last one imported: the import was interrupted; the "
                        + "same command run again imports them%n", progress.notStarted());
            }
            boolean detected = report.cancelled() || noDetect
                    || detect(opened, compute, report.imported().stream().map(ImportedFile::articleId).toList(),
                    interruption);
            out.flush();
            return report.hasRefusals() || report.cancelled() || !detected ? ExitCodes.SOME_REFUSED : ExitCodes.OK;
        } catch (ProjectUnavailableException e) {
            err.println(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
    }

    /**
     * Suggests speakers, quotes and claims in the articles imported, each article its own transaction, as the
     * window does after an import; false when some were left without (interrupted, or the project stopped it).
     */
    private boolean detect(Project opened, ComputePool compute, List<Long> articleIds, Interruption interruption) {
        if (articleIds.isEmpty()) {
            return true;
        }
        String later = "the window suggests in them when it opens the project, or run Analyze ▸ Detect in every "
                + "article there";
        try {
            DetectionReport detected = new DetectionService(opened, analyzer, compute).detectEach(articleIds,
                    (done, total, current) -> {
                        if (showProgress && current != null) {
                            err.printf("detecting %d of %d  %s%n", done + 1, total, current);
                        }
                    }, interruption::asked);
            out.printf("Detected %d suggestions in %d of %d articles%n", detected.suggested(), detected.articles(),
                    articleIds.size());
            if (detected.articles() < articleIds.size()) {
                out.printf("  not analysed  %d articles: detection was interrupted; %s%n",
                        articleIds.size() - detected.articles(), later);
                return false;
            }
            return true;
        } catch (RuntimeException e) {
            err.println("Detection stopped: " + (e.getMessage() != null ? e.getMessage()
                    : e.getClass().getSimpleName()) + ". The articles are imported; " + later + ".");
            return false;
        }
    }

    /** The project failed half-way: what was imported stays imported, and is said. */
    private int printStopped(StoppedImport progress, RuntimeException e, Path projectFile) {
        try {
            List<ImportedFile> imported = progress.imported();
            out.printf("Imported %d before the import stopped (project %s)%n", imported.size(), projectFile);
            printImported(imported);
            int others = progress.finished().size() - imported.size();
            if (others > 0) {
                out.printf("  %d other files were already in the project or refused%n", others);
            }
        } catch (RuntimeException unreadable) {
            out.printf("%d files were done before the import stopped; the project cannot be read to list them "
                    + "(project %s)%n", progress.finished().size(), projectFile);
        }
        if (progress.stoppedAt() != null) {
            out.printf("  not done   %s and the %d files after it%n", progress.stoppedAt(), progress.notDone() - 1);
        }
        String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        err.println("The import stopped" + (progress.stoppedAt() == null ? "" : " at " + progress.stoppedAt())
                + ": " + why);
        err.println("Run the same command again once the project can be written to: articles already imported "
                + "are recognised and not added twice.");
        return progress.finished().isEmpty() ? ExitCodes.CANNOT_RUN : ExitCodes.SOME_REFUSED;
    }

    private void printSummary(ImportReport report, Path projectFile) {
        out.printf("Imported %d, duplicates %d, refused %d (project %s)%n", report.imported().size(),
                report.duplicates().size(), report.refused().size(), projectFile);
        printImported(report.imported());
        for (ImportedFile file : report.duplicates()) {
            out.printf("  duplicate  %s: same text as article %d \"%s\"%n", file.input(), file.articleId(),
                    file.title());
        }
        for (RefusedFile file : report.refused()) {
            out.printf("  refused    %s: %s%n", file.input(), file.message());
        }
    }

    private void printImported(List<ImportedFile> imported) {
        for (ImportedFile file : imported) {
            out.printf("  imported   %s -> article %d \"%s\"%n", file.input(), file.articleId(), file.title());
        }
    }
}
