package io.sourcemark.service;

import java.nio.charset.StandardCharsets;

import java.io.UncheckedIOException;

import io.sourcemark.export.ArticleExports;
import io.sourcemark.export.ExportFiles;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.export.HtmlReport;
import io.sourcemark.export.ReportModel;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.service.ExportReport.SkippedArticle;
import io.sourcemark.store.Repositories;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Exports articles, chosen or the whole library, to reports and interchange formats. An export reads one snapshot of
 * the project (one read transaction: every article as of the same moment), writes each file to a temporary file that
 * is moved into place, replaces an existing file only when asked to, and stops between articles when cancelled (and
 * inside a PDF, which can take seconds for one long article, while it is laid out).
 */
public final class ExportService {

    /** The name of the one CSV file of a library export. */
    public static final String LIBRARY_CSV = "statements.csv";

    private final Project project;
    private final Clock clock;
    private final ArticleExports exports = new ArticleExports();
    private final HtmlReport html = new HtmlReport();

    public ExportService(Project project) {
        this(project, Clock.systemUTC());
    }

    ExportService(Project project, Clock clock) {
        this.project = project;
        this.clock = clock;
    }

    /** The files (brat: folders) the export would write that exist already: what to ask about before overwriting. */
    public List<Path> existing(ExportRequest request) {
        if (request.oneFile()) {
            Path file = request.folder().resolve(LIBRARY_CSV);
            return Files.exists(file) ? List.of(file) : List.of();
        }
        return project.read(tx -> {
            Map<Long, String> uids = tx.articles().uids();
            List<Path> existing = new ArrayList<>();
            for (Map.Entry<Long, String> article : titles(tx, request.articleIds()).entrySet()) {
                Path target = ExportFiles.target(request.format(), request.folder(),
                        ExportFiles.baseName(article.getValue(), uids.get(article.getKey())));
                if (Files.exists(target)) {
                    existing.add(target);
                }
            }
            return existing;
        });
    }

    /**
     * Runs the export.
     *
     * @param progress  told before each article, with its title, and once at the end
     * @param cancelled checked between articles, and while a PDF is laid out
     */
    public ExportReport export(ExportRequest request, ImportProgress progress, BooleanSupplier cancelled) {
        int[] total = {0};
        ExportReport report = project.read(tx -> {
            ReportReader reader = new ReportReader(tx, clock.instant());
            Map<Long, String> articles = titles(tx, request.articleIds());
            if (request.options().publicationUrl() != null && articles.size() > 1) {
                // each review's address is the page's and its #statement-N: two articles would share them
                throw new IllegalArgumentException("A publication address is one article's report page: export "
                        + "that article alone with it, or leave the address blank.");
            }
            total[0] = articles.size();
            return request.oneFile() ? oneFile(request, reader, articles, progress, cancelled)
                    : eachArticle(request, reader, articles, progress, cancelled);
        });
        progress.update(report.articles() + report.skipped().size(), total[0], null);
        return report;
    }

    /** What the window's dialog asked for: the same export as the command line's. */
    public List<Path> existing(ExportChoice choice) {
        return existing(choice.request());
    }

    /** Runs the export the window's dialog asked for. */
    public ExportReport export(ExportChoice choice, ImportProgress progress, BooleanSupplier cancelled) {
        return export(choice.request(), progress, cancelled);
    }

    /**
     * The HTML report of one article with the dialog's choices, written to a file of its own that the window opens
     * in the system browser; the file is removed when the application ends.
     */
    public Path previewFile(ExportChoice choice, long articleId) {
        // an HTML report: the publication address typed for ClaimReview has no part in it
        String report = preview(articleId, choice.options().publishedAt(null));
        try {
            Path file = Files.createTempFile("sourcemark-preview-", ".html");
            file.toFile().deleteOnExit();
            return Files.writeString(file, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The preview could not be written: " + io.sourcemark.model.FileTrouble.reason(e) + ".", e);
        }
    }

    /** The HTML report of one article, as the export would write it: for the window's preview. */
    public String preview(long articleId, ExportOptions options) {
        ReportModel model = project.read(tx -> new ReportReader(tx, clock.instant()).read(articleId))
                .orElseThrow(() -> new IllegalArgumentException("This article is no longer in the project."));
        return html.render(model, options);
    }

    /**
     * The ids of the articles with these uids, in this order.
     *
     * @throws IllegalArgumentException naming the uids that no article of the project has
     */
    public List<Long> articleIds(List<String> uids) {
        Map<String, Long> byUid = new LinkedHashMap<>();
        project.read(tx -> tx.articles().uids()).forEach((id, uid) -> byUid.put(uid, id));
        List<String> unknown = uids.stream().filter(uid -> !byUid.containsKey(uid.strip())).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("No article of this project has the uid " + String.join(", ", unknown)
                    + ". The CSV and W3C exports list each article's uid.");
        }
        return uids.stream().map(uid -> byUid.get(uid.strip())).toList();
    }

    private ExportReport eachArticle(ExportRequest request, ReportReader reader, Map<Long, String> articles,
                                     ImportProgress progress, BooleanSupplier cancelled) {
        List<Path> written = new ArrayList<>();
        List<SkippedArticle> skipped = new ArrayList<>();
        int done = 0;
        for (Map.Entry<Long, String> article : articles.entrySet()) {
            if (cancelled.getAsBoolean()) {
                return new ExportReport(written, skipped, done, true);
            }
            progress.update(done + skipped.size(), articles.size(), article.getValue());
            Optional<ReportModel> model = reader.read(article.getKey());
            if (model.isEmpty()) {
                skipped.add(new SkippedArticle(article.getValue(), "It is no longer in the project.", true));
                continue;
            }
            try {
                List<Path> files = exports.write(request.format(), model.get(), request.options(), request.folder(),
                        request.overwrite(), cancelled);
                if (files.isEmpty()) {
                    skipped.add(new SkippedArticle(article.getValue(), "No statement of it has a verdict.", false));
                    continue;
                }
                written.addAll(files);
                done++;
            } catch (CancellationException e) {
                return new ExportReport(written, skipped, done, true); // the article begun was not written
            } catch (FileAlreadyExistsException e) {
                // replacing was chosen: what stands in the way is a file where the export makes a folder (brat)
                skipped.add(new SkippedArticle(article.getValue(), request.overwrite()
                        ? e.getFile() + " is a file where the export makes a folder; it was left as it is. Move it "
                                + "away and export again."
                        : e.getFile() + " exists already; it was left as it is. Export again and choose to replace "
                                + "it.", true));
            } catch (IOException e) {
                skipped.add(new SkippedArticle(article.getValue(), "It could not be written in " + request.folder()
                        + ": " + io.sourcemark.model.FileTrouble.reason(e) + ".", true));
            }
        }
        return new ExportReport(written, skipped, done, false);
    }

    private ExportReport oneFile(ExportRequest request, ReportReader reader, Map<Long, String> articles,
                                 ImportProgress progress, BooleanSupplier cancelled) {
        Path file = request.folder().resolve(LIBRARY_CSV);
        int[] done = {0};
        try {
            ExportFiles.write(file, request.overwrite(), out -> ArticleExports.text(out, writer -> {
                exports.csv().header(request.options(), writer);
                for (Map.Entry<Long, String> article : articles.entrySet()) {
                    if (cancelled.getAsBoolean()) {
                        throw new Stopped();
                    }
                    progress.update(done[0], articles.size(), article.getValue());
                    Optional<ReportModel> model = reader.read(article.getKey());
                    if (model.isPresent()) {
                        exports.csv().rows(model.get(), request.options(), writer);
                        done[0]++;
                    }
                }
            }));
        } catch (Stopped e) {
            return new ExportReport(List.of(), List.of(), 0, true);
        } catch (FileAlreadyExistsException e) {
            return new ExportReport(List.of(), List.of(new SkippedArticle("every article", request.overwrite()
                    ? file + " is a folder where the export writes a file; it was left as it is. Move it away and "
                            + "export again."
                    : file + " exists already; it was left as it is. Export again and choose to replace it.", true)),
                    0, false);
        } catch (IOException e) {
            return new ExportReport(List.of(), List.of(new SkippedArticle("every article", file + " could not be "
                    + "written: " + io.sourcemark.model.FileTrouble.reason(e) + ".", true)), 0, false);
        }
        return new ExportReport(List.of(file), List.of(), done[0], false);
    }

    /** The titles of the articles, by id, in the order asked for; every article (by title) for none. */
    private static Map<Long, String> titles(Repositories tx, List<Long> ids) {
        Map<Long, String> titles = new LinkedHashMap<>();
        List<ArticleSummary> all = tx.articles().list();
        if (ids.isEmpty()) {
            all.forEach(a -> titles.put(a.id(), a.title()));
            return titles;
        }
        Map<Long, String> byId = new LinkedHashMap<>();
        all.forEach(a -> byId.put(a.id(), a.title()));
        ids.forEach(id -> titles.put(id, byId.getOrDefault(id, "article " + id)));
        return titles;
    }

    /** Ends a single-file export that the analyst cancelled, so that its temporary file is removed. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
