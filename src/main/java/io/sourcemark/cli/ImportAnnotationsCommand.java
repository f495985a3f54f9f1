package io.sourcemark.cli;

import io.sourcemark.service.AnnotationImportService;
import io.sourcemark.service.ImportInputs;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.MergeConflict;
import io.sourcemark.service.MergeReport;
import io.sourcemark.service.Project;
import io.sourcemark.service.ProjectUnavailableException;
import io.sourcemark.service.RefusedFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sourcemark import-annotations --project FILE FILE|DIR…}: merges W3C and brat annotations into a project. */
@Command(name = "import-annotations",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"Merges annotations into a project: Sourcemark's W3C exports (.jsonld, .json) with their "
                + "articles, verdicts, evidence, links, tags and notes, and brat files (.ann beside its .txt). "
                + "What the project has already is not added twice; what the files say otherwise is listed as a "
                + "conflict and the project's value kept.",
                "Exit codes: 0 all merged, 2 some inputs refused, 1 the project cannot be used."})
final class ImportAnnotationsCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "PATH",
            description = "The project file; created when it does not exist.")
    private Path project;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or folders of annotations.")
    private List<Path> inputs;

    ImportAnnotationsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        ImportInputs found = AnnotationImportService.inputs(inputs);
        boolean annotations = found.files().stream()
                .anyMatch(f -> AnnotationImportService.isSupportedFileName(f.getFileName().toString()));
        if (!annotations && !Files.exists(project)) {
            // no file of annotations among the inputs: no project is made for them
            found.files().forEach(file -> out.println("  refused   " + file + ": " + AnnotationImportService
                    .notAnnotations(file)));
            found.refused().forEach(file -> out.println("  refused   " + file.input() + ": " + file.message()));
            err.println("Nothing was imported and no project was created.");
            return ExitCodes.SOME_REFUSED;
        }
        try (Project opened = Project.open(project)) {
            MergeReport report = new AnnotationImportService(opened).importFiles(inputs, ImportProgress.NONE,
                    () -> false);
            out.printf("Articles: %d added, %d merged. Annotations: %d added, %d already there, %d completed. "
                            + "Evidence: %d added. Links: %d added. Conflicts: %d (project %s)%n",
                    report.articlesAdded(), report.articlesMerged(), report.annotationsAdded(),
                    report.annotationsIdentical(), report.annotationsUpdated(), report.evidenceAdded(),
                    report.linksAdded(), report.conflicts().size(), opened.file());
            for (MergeConflict conflict : report.conflicts()) {
                out.println("  conflict  " + conflict.describe() + "; kept the project's");
            }
            report.leftOut().forEach(line -> out.println("  left out  " + line));
            for (RefusedFile file : report.refused()) {
                out.println("  refused   " + file.input() + ": " + file.message());
            }
            return report.refused().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_REFUSED;
        } catch (ProjectUnavailableException e) {
            err.println(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
    }
}
