package io.sourcemark.service;

import io.sourcemark.export.BratReader;
import io.sourcemark.export.BratVisual;
import io.sourcemark.export.InterchangeArticle;
import io.sourcemark.export.InterchangeException;
import io.sourcemark.export.WebAnnotationReader;
import io.sourcemark.store.RunningChange;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Imports annotations from interchange files into the project, merging them with what it holds: Sourcemark's W3C
 * Web Annotation exports ({@code .jsonld}, {@code .json}) without loss, and brat standoff ({@code .ann} with its
 * {@code .txt} beside it) from any tool. This is how two analysts combine their work on one library: the same
 * article, speaker, tag or annotation is recognised and not added twice, and what the files say otherwise than the
 * project is listed in the report, never written over the project's. One import is one change that one undo
 * reverses, written one article per transaction behind the analyst's actions.
 */
public final class AnnotationImportService {

    /** What an import of annotations reads, in words. */
    private static final String FORMATS = "W3C Web Annotation files (.jsonld, .json) and brat files (.ann, with "
            + "their .txt beside them)";

    private final Project project;
    private final WebAnnotationReader w3c = new WebAnnotationReader();
    private final BratReader brat = new BratReader();

    public AnnotationImportService(Project project) {
        this.project = project;
    }

    /** Whether a file of this name is picked up when its folder is imported. */
    public static boolean isSupportedFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonld") || lower.endsWith(".json") || lower.endsWith(".ann");
    }

    /** Why a file of another kind is refused. */
    public static String notAnnotations(Path file) {
        return file + " is not a file of annotations: Sourcemark reads " + FORMATS + ".";
    }

    /** The files an import of these inputs reads, and the inputs it refuses before reading any (an empty folder). */
    public static ImportInputs inputs(List<Path> inputs) {
        return ImportInputs.expand(inputs, AnnotationImportService::isSupportedFileName, FORMATS);
    }

    /**
     * Imports files, and the supported files of folders (recursively, sorted, hidden ones skipped).
     *
     * @param progress  told before each file and once at the end
     * @param cancelled checked between files
     */
    public MergeReport importFiles(List<Path> inputs, ImportProgress progress, BooleanSupplier cancelled) {
        ImportInputs expanded = inputs(inputs);
        List<Path> files = expanded.files();
        MergeTally tally = new MergeTally();
        tally.refused.addAll(expanded.refused());
        ProjectMerge merge = new ProjectMerge(tally);
        int done = 0;
        boolean stopped = false;
        List<Long> articles = new ArrayList<>();
        try (RunningChange change = project.background(files.size() == 1
                ? "Import annotations from “" + files.get(0).getFileName() + "”"
                : "Import annotations from " + files.size() + " files")) {
            for (Path file : files) {
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
                progress.update(done, files.size(), file.toString());
                Optional<InterchangeArticle> read = read(file, tally);
                if (read.isPresent()) {
                    change.write(tx -> merge.article(tx, read.get(), file.toString())).ifPresent(articles::add);
                }
                done++;
            }
            change.write(tx -> {
                merge.links(tx);
                return null;
            });
            if (articles.size() == 1) {
                change.focus(articles.get(0));
            }
            if (stopped) {
                change.relabel("Import annotations from " + done + " of " + files.size() + " files (stopped)");
            }
        }
        progress.update(done, files.size(), null);
        return tally.report(stopped);
    }

    private Optional<InterchangeArticle> read(Path file, MergeTally tally) {
        String name = file.getFileName().toString();
        if (!isSupportedFileName(name)) {
            tally.refused.add(new RefusedFile(file.toString(), notAnnotations(file)));
            return Optional.empty();
        }
        try {
            if (name.toLowerCase(Locale.ROOT).endsWith(".ann")) {
                Path text = file.resolveSibling(name.substring(0, name.length() - ".ann".length()) + ".txt");
                if (!Files.isRegularFile(text)) {
                    tally.refused.add(new RefusedFile(file.toString(), file + " has no text beside it: brat keeps "
                            + "the article in " + text.getFileName() + ", in the same folder."));
                    return Optional.empty();
                }
                // the labels and colours brat shows for the types: our export gives each tag's type its tag's name
                Path visual = file.resolveSibling("visual.conf");
                BratVisual shown = Files.isRegularFile(visual) ? BratVisual.parse(readText(visual)) : BratVisual.NONE;
                return Optional.of(brat.read(readText(text), readText(file), text.getFileName().toString(), shown));
            }
            return Optional.of(w3c.read(readText(file), name));
        } catch (InterchangeException e) {
            tally.refused.add(new RefusedFile(file.toString(), e.getMessage()));
        } catch (CharacterCodingException e) {
            tally.refused.add(new RefusedFile(file.toString(), file + " is not UTF-8 text."));
        } catch (NoSuchFileException e) {
            tally.refused.add(new RefusedFile(file.toString(), file + " does not exist."));
        } catch (IOException e) {
            tally.refused.add(new RefusedFile(file.toString(), file + " cannot be read (" + e.getMessage() + ")."));
        }
        return Optional.empty();
    }

    private static String readText(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
