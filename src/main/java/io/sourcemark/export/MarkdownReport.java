package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Tag;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report in Markdown, for a CMS or a wiki: the HTML report's content (metadata, the article with numbered
 * markers and each tagged passage's tags after it, the statements table, the tagged passages, the per-speaker
 * summary) with every text escaped.
 */
public final class MarkdownReport {

    public void write(ReportModel model, ExportOptions options, Writer out) throws IOException {
        ReportView view = ReportView.of(model, options);
        ArticleMeta meta = model.article().meta();
        out.write("# " + MarkdownText.cell(meta.title()) + "\n\n");
        metadata(meta, out);
        out.write("\nReport of " + HtmlScope.GENERATED.format(model.readAt())
                + (options.reviewer() != null ? ", reviewed by " + MarkdownText.cell(options.reviewer()) : "")
                + (options.organisation() != null ? ", " + MarkdownText.cell(options.organisation()) : "") + ".\n");
        if (options.notes() && model.article().note() != null) {
            out.write("\n> **Note:** " + MarkdownText.escape(model.article().note()).replace("\n", "\n> ") + "\n");
        }
        out.write("\n## Article\n\n");
        article(view, out);
        out.write("\n## Statements\n\n");
        statements(view, out);
        tagged(view, out);
        out.write("\n## Speakers\n\n");
        speakers(view, out);
    }

    private static void metadata(ArticleMeta meta, Writer out) throws IOException {
        item(out, "Source", meta.source());
        item(out, "Date", meta.date());
        item(out, "Dateline", meta.dateline());
        item(out, "Agency", meta.agency());
        if (meta.url() != null) {
            out.write("- **URL:** " + MarkdownText.link(meta.url(), meta.url()) + "\n");
        }
        item(out, "Licence and attribution", meta.license());
    }

    private static void item(Writer out, String label, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            out.write("- **" + label + ":** " + MarkdownText.cell(value) + "\n");
        }
    }

    /** The paragraphs, a bold [n] before each statement and the tags in italics after each tagged passage. */
    private static void article(ReportView view, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (List<TextRun> paragraph : ArticleMarkup.paragraphs(view)) {
            boolean lineStart = true;
            for (TextRun run : paragraph) {
                for (TextRun.Marker marker : run.markers()) {
                    text.append("**\\[").append(marker.number()).append("\\]** ");
                    lineStart = false;
                }
                text.append(MarkdownText.escape(run.text(), lineStart));
                lineStart = run.text().isEmpty() ? lineStart : run.text().endsWith("\n");
                if (run.tagged() != null) {
                    // Markdown has no highlight: the passage's end and its tags are all it can show in the text
                    text.append(" *\\[").append(MarkdownText.cell(run.tagged())).append("\\]*");
                    lineStart = false;
                }
            }
            text.append("\n\n");
        }
        out.write(text.toString());
    }

    private static void statements(ReportView view, Writer out) throws IOException {
        if (view.statements().isEmpty()) {
            out.write("No statements are marked in this article.\n");
            return;
        }
        boolean verdicts = view.options().verdicts();
        boolean notes = view.options().notes();
        out.write("| # | Kind | Statement | Speaker |" + (verdicts ? " Verdict | Rationale | Evidence |" : "")
                + " Links | Tags |" + (notes ? " Note |" : "") + "\n");
        out.write("|---|---|---|---|" + (verdicts ? "---|---|---|" : "") + "---|---|" + (notes ? "---|" : "") + "\n");
        for (StatementRow row : view.statements()) {
            Verification v = row.annotation().verification() == null ? Verification.UNCHECKED
                    : row.annotation().verification();
            StringBuilder line = new StringBuilder("| ").append(row.number()).append(" | ")
                    .append(MarkdownText.cell(Labels.title(Labels.kind(row.annotation()))
                            + (row.annotation().origin() == Origin.DETECTED ? " (suggestion)" : "")))
                    .append(" | ").append(MarkdownText.cell(row.text()))
                    .append(" | ").append(row.speaker() == null ? "" : MarkdownText.cell(row.speaker().name()));
            if (verdicts) {
                // what the HTML report says of each: the review's status and reviewer, each source's date and note
                boolean checked = v.verdict() != Verdict.NOT_CHECKED;
                line.append(" | ").append(VerdictScale.name(v.verdict()))
                        .append(checked ? " (" + Labels.status(v.status())
                                + (v.reviewer() == null ? "" : " · " + MarkdownText.cell(v.reviewer())) + ")" : "")
                        .append(" | ").append(v.rationale() == null ? "" : MarkdownText.cell(v.rationale()))
                        .append(" | ").append(row.evidence().stream()
                                .map(e -> MarkdownText.link(e.title() != null ? e.title() : e.url(), e.url())
                                        + " (" + Labels.stance(e.stance())
                                        + (e.accessed() == null ? "" : ", accessed " + e.accessed()) + ")"
                                        + (notes && e.note() != null ? ": " + MarkdownText.cell(e.note()) : ""))
                                .collect(Collectors.joining("; ")));
            }
            line.append(" | ").append(row.links().stream().map(l -> MarkdownText.cell(l.describe()
                            + (l.note() == null ? "" : " (" + l.note() + ")")))
                            .collect(Collectors.joining("; ")))
                    .append(" | ").append(MarkdownText.cell(row.tags().stream().map(t -> t.name())
                            .collect(Collectors.joining(", "))));
            if (notes) {
                line.append(" | ").append(row.annotation().note() == null ? ""
                        : MarkdownText.cell(row.annotation().note()));
            }
            out.write(line.append(" |\n").toString());
        }
    }

    /** The tagged passages in reading order, with their tags and notes; nothing when there are none. */
    private static void tagged(ReportView view, Writer out) throws IOException {
        List<Annotation> passages = view.shown().stream().filter(a -> a.kind() == Kind.TAG).toList();
        if (passages.isEmpty()) {
            return;
        }
        boolean notes = view.options().notes();
        out.write("\n## Tagged passages\n\n| Passage | Tags |" + (notes ? " Note |" : "") + "\n|---|---|"
                + (notes ? "---|" : "") + "\n");
        for (Annotation a : passages) {
            out.write("| " + MarkdownText.cell(view.text(a))
                    + (a.origin() == Origin.DETECTED ? " (suggestion)" : "") + " | "
                    + MarkdownText.cell(view.model().tagsOf(a.id()).stream().map(Tag::name)
                            .collect(Collectors.joining(", "))) + " |"
                    + (notes ? " " + (a.note() == null ? "" : MarkdownText.cell(a.note())) + " |" : "") + "\n");
        }
    }

    private static void speakers(ReportView view, Writer out) throws IOException {
        List<SpeakerSummary> speakers = view.speakers();
        if (speakers.isEmpty()) {
            out.write("No speakers are marked in this article.\n");
            return;
        }
        boolean verdicts = view.options().verdicts();
        out.write("| Speaker | Kind | Role | Mentions | Statements |" + (verdicts ? " Verdicts |" : "") + "\n");
        out.write("|---|---|---|---|---|" + (verdicts ? "---|" : "") + "\n");
        for (SpeakerSummary s : speakers) {
            out.write("| " + MarkdownText.cell(s.speaker().name()) + " | " + Labels.speakerKind(s.speaker().kind())
                    + " | " + (s.speaker().role() == null ? "" : MarkdownText.cell(s.speaker().role())) + " | "
                    + s.mentions() + " | " + s.statements() + " |" + (verdicts ? " " + s.verdicts() + " |" : "")
                    + "\n");
        }
    }
}
