package io.sourcemark.export;

import com.github.mustachejava.Mustache;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * The HTML report of one article: one self-contained file (inline CSS, no script, no external request, a Content
 * Security Policy that forbids both) with the article's metadata, licence and attribution, the highlighted text with
 * a numbered marker at each statement, the statements table, a per-speaker summary, and print CSS. The PDF report
 * is rendered from the same template.
 */
public final class HtmlReport {

    /** Compiled at the first report, not when a project opens: most sessions export nothing. */
    private Mustache template;

    public void write(ReportModel model, ExportOptions options, Writer out) throws IOException {
        write(model, options, false, out);
    }

    /** The report as one string, as the window's preview shows it. */
    public String render(ReportModel model, ExportOptions options) {
        StringWriter out = new StringWriter(model.article().body().length() * 3 + 16_384);
        try {
            write(model, options, false, out);
        } catch (IOException e) {
            throw new IllegalStateException("A string cannot fail to be written", e);
        }
        return out.toString();
    }

    private synchronized Mustache template() {
        if (template == null) {
            template = new ReportTemplates().report();
        }
        return template;
    }

    /** @param paper for the PDF renderer: its embedded font, no screen margins */
    void write(ReportModel model, ExportOptions options, boolean paper, Writer out) throws IOException {
        template().execute(out, HtmlScope.of(ReportView.of(model, options), paper));
        out.flush();
    }
}
