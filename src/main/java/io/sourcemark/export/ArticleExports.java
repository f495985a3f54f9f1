package io.sourcemark.export;

import io.sourcemark.model.Article;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Writes one article in any format into a folder, under the file or folder name {@link ExportFiles} gives it. */
public final class ArticleExports {

    private final HtmlReport html = new HtmlReport();
    private final PdfReport pdf = new PdfReport();
    private final MarkdownReport markdown = new MarkdownReport();
    private final CsvStatements csv = new CsvStatements();
    private final WebAnnotationExport w3c = new WebAnnotationExport();
    private final ClaimReviewExport claimReview = new ClaimReviewExport();
    private final BratExport brat = new BratExport();

    /** Where the article's export goes: a file, or for brat a folder. */
    public static Path target(ExportFormat format, Article article, Path folder) {
        return ExportFiles.target(format, folder, ExportFiles.baseName(article.meta().title(), article.uid()));
    }

    /**
     * Writes the article's export; returns what was written: nothing for a ClaimReview export of an article without a
     * verdict.
     *
     * @param stopped asked while a PDF is laid out, the one format slow enough on one article to need it
     * @throws java.nio.file.FileAlreadyExistsException when a file exists and {@code overwrite} is false
     * @throws java.util.concurrent.CancellationException when {@code stopped} said so; nothing was written
     */
    public List<Path> write(ExportFormat format, ReportModel model, ExportOptions options, Path folder,
                            boolean overwrite, BooleanSupplier stopped) throws IOException {
        Path target = target(format, model.article(), folder);
        switch (format) {
            case HTML -> ExportFiles.write(target, overwrite, out -> text(out, w -> html.write(model, options, w)));
            case PDF -> ExportFiles.write(target, overwrite, out -> pdf.write(model, options, out, stopped));
            case MARKDOWN -> ExportFiles.write(target, overwrite,
                    out -> text(out, w -> markdown.write(model, options, w)));
            case CSV -> ExportFiles.write(target, overwrite, out -> text(out, w -> {
                csv.header(options, w);
                csv.rows(model, options, w);
            }));
            case W3C -> ExportFiles.write(target, overwrite, out -> w3c.write(model, options, out));
            case CLAIMREVIEW -> {
                if (claimReview.reviewCount(model, options) == 0) {
                    return List.of();
                }
                ExportFiles.write(target, overwrite, out -> claimReview.write(model, options, out));
            }
            case BRAT -> {
                return brat(model, options, target, overwrite);
            }
        }
        return List.of(target);
    }

    public CsvStatements csv() {
        return csv;
    }

    private List<Path> brat(ReportModel model, ExportOptions options, Path folder, boolean overwrite)
            throws IOException {
        BratDocument document = brat.write(model, options);
        String name = folder.getFileName().toString();
        List<Path> written = new ArrayList<>();
        for (String[] file : new String[][] {{name + ".txt", document.text()}, {name + ".ann", document.annotations()},
                {"annotation.conf", document.annotationConf()}, {"visual.conf", document.visualConf()}}) {
            Path path = folder.resolve(file[0]);
            ExportFiles.write(path, overwrite, out -> out.write(file[1].getBytes(StandardCharsets.UTF_8)));
            written.add(path);
        }
        return written;
    }

    /** UTF-8 text through a writer that the export fills. */
    public static void text(OutputStream out, TextContent content) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        content.to(writer);
        writer.flush();
    }

    @FunctionalInterface
    public interface TextContent {
        void to(Writer out) throws IOException;
    }
}
