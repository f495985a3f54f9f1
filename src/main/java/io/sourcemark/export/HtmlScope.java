package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Tag;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the report template shows, as plain values: every text here is escaped by the template, and every link has
 * passed {@link SafeValues#link}.
 */
record HtmlScope(String title, List<MetaRow> meta, String generated, String reviewer, String organisation,
                 String note, List<LegendItem> legend, List<VerdictKey> verdictKeys, List<Paragraph> paragraphs,
                 List<StatementItem> statements, List<SpeakerItem> speakers, boolean showVerdicts, boolean showNotes,
                 boolean paper) {

    static final DateTimeFormatter GENERATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    static HtmlScope of(ReportView view, boolean paper) {
        ExportOptions options = view.options();
        ArticleMeta meta = view.model().article().meta();
        List<Paragraph> paragraphs = ArticleMarkup.paragraphs(view).stream().map(Paragraph::new).toList();
        return new HtmlScope(meta.title(), metaRows(meta), GENERATED.format(view.model().readAt()),
                options.reviewer(), options.organisation(), options.notes() ? view.model().article().note() : null,
                legend(view), options.verdicts() ? verdictKeys(view) : List.of(), paragraphs,
                view.statements().stream().map(row -> statement(row, options)).toList(),
                view.speakers().stream().map(SpeakerItem::of).toList(), options.verdicts(), options.notes(), paper);
    }

    boolean hasStatements() {
        return !statements.isEmpty();
    }

    boolean hasSpeakers() {
        return !speakers.isEmpty();
    }

    /** Whether the metadata names the article's licence, which the footer then points to. */
    boolean hasLicence() {
        return meta.stream().anyMatch(row -> row.label().equals(LICENCE));
    }

    private static final String LICENCE = "Licence and attribution";

    private static List<MetaRow> metaRows(ArticleMeta meta) {
        List<MetaRow> rows = new ArrayList<>();
        add(rows, "Source", meta.source());
        add(rows, "Date", meta.date());
        add(rows, "Dateline", meta.dateline());
        add(rows, "Agency", meta.agency());
        if (meta.url() != null) {
            rows.add(new MetaRow("URL", meta.url(), SafeValues.link(meta.url()).orElse(null)));
        }
        add(rows, LICENCE, meta.license());
        add(rows, "File", meta.fileName());
        return rows;
    }

    private static void add(List<MetaRow> rows, String label, String text) {
        if (text != null && !text.isBlank()) {
            rows.add(new MetaRow(label, text, null));
        }
    }

    private static List<LegendItem> legend(ReportView view) {
        List<LegendItem> items = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (view.options().layers().contains(kind)) {
                String styleClass = ArticleMarkup.styleClass(kind);
                items.add(new LegendItem(Labels.title(Labels.kind(kind)), styleClass));
                if (view.options().suggestions()) {
                    items.add(new LegendItem(Labels.title(Labels.kind(kind)) + " (suggestion)", styleClass + "-s"));
                }
            }
        }
        if (view.options().layers().contains(Kind.INDIRECT_QUOTE)) {
            items.add(new LegendItem("Quoted words of a mixed quote", "iq qw"));
        }
        return items;
    }

    /**
     * The verdicts the report's statements have, in the scale's order: the numbers in the text take their colours,
     * which the legend names.
     */
    private static List<VerdictKey> verdictKeys(ReportView view) {
        EnumSet<Verdict> used = EnumSet.noneOf(Verdict.class);
        for (StatementRow row : view.statements()) {
            Verification v = row.annotation().verification();
            used.add(v == null ? Verdict.NOT_CHECKED : v.verdict());
        }
        return used.stream().map(v -> new VerdictKey(VerdictScale.name(v), v == Verdict.NOT_CHECKED
                ? ArticleMarkup.UNCHECKED_MARKER : VerdictScale.colour(v))).toList();
    }

    boolean hasVerdictKeys() {
        return !verdictKeys.isEmpty();
    }

    private static StatementItem statement(StatementRow row, ExportOptions options) {
        Annotation a = row.annotation();
        Verification v = a.verification() == null ? Verification.UNCHECKED : a.verification();
        Speaker speaker = row.speaker();
        List<EvidenceItem> evidence = row.evidence().stream().map(e -> EvidenceItem.of(e, options)).toList();
        String tags = row.tags().stream().map(Tag::name).collect(Collectors.joining(", "));
        return new StatementItem(row.number(), Labels.title(Labels.kind(a)), a.origin() == Origin.DETECTED,
                row.text(), speaker == null ? null : speaker.name(), speaker == null ? null : speaker.role(),
                VerdictScale.name(v.verdict()), VerdictScale.colour(v.verdict()), v.verdict() != Verdict.NOT_CHECKED,
                Labels.status(v.status()), v.rationale(), v.reviewer(), evidence, row.links(),
                tags.isEmpty() ? null : tags, options.notes() ? a.note() : null);
    }

    record MetaRow(String label, String text, String link) {
    }

    record LegendItem(String label, String classes) {
    }

    record VerdictKey(String verdict, String colour) {
    }

    record Paragraph(List<TextRun> runs) {
    }

    record StatementItem(int number, String kind, boolean suggested, String text, String speaker, String role,
                         String verdict, String verdictColour, boolean checked, String status, String rationale,
                         String reviewer, List<EvidenceItem> evidence, List<LinkRow> links, String tags,
                         String note) {
    }

    record EvidenceItem(String text, String link, String stance, String title, String note, String accessed) {
        static EvidenceItem of(Evidence e, ExportOptions options) {
            return new EvidenceItem(e.url(), SafeValues.link(e.url()).orElse(null), Labels.stance(e.stance()),
                    e.title(), options.notes() ? e.note() : null, e.accessed() == null ? null : e.accessed().toString());
        }
    }

    record SpeakerItem(String name, String kind, String role, int mentions, int statements, String verdicts) {
        static SpeakerItem of(SpeakerSummary s) {
            return new SpeakerItem(s.speaker().name(), Labels.speakerKind(s.speaker().kind()), s.speaker().role(),
                    s.mentions(), s.statements(), s.verdicts().isEmpty() ? null : s.verdicts());
        }
    }
}
