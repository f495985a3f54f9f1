package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verification;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row per statement (quote or claim) and per tagged passage, in reading order, RFC 4180: comma-separated, CRLF
 * line ends, a field quoted when it holds a comma, a quotation mark or a line break, with quotation marks doubled.
 * Offsets are in code points, as in the W3C and brat exports. A text cell that a spreadsheet would run as a formula
 * (it starts with =, +, -, @ or a control) gets a leading apostrophe, as spreadsheets themselves write such text.
 */
public final class CsvStatements {

    static final List<String> COLUMNS = List.of("article", "kind", "text", "start", "end", "speaker", "speaker kind",
            "cue", "verdict", "status", "rationale", "evidence URLs", "tags", "links", "note", "origin", "confidence",
            "uid", "article uid");
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    /** Starts a file: the byte-order mark when asked for, then the header row. */
    public void header(ExportOptions options, Writer out) throws IOException {
        if (options.byteOrderMark()) {
            out.write(BYTE_ORDER_MARK);
        }
        row(out, COLUMNS);
    }

    /**
     * The rows of one article's statements and tagged passages, in reading order. A tagged passage has its text,
     * offsets, tags, note, origin and uid; the columns of a statement's speaker, cue and verification stay empty.
     */
    public void rows(ReportModel model, ExportOptions options, Writer out) throws IOException {
        ReportView view = ReportView.of(model, options);
        CodePoints offsets = CodePoints.of(model.article().body());
        String body = model.article().body();
        Map<Long, StatementRow> statements = new HashMap<>();
        view.statements().forEach(row -> statements.put(row.annotation().id(), row));
        for (Annotation shown : view.shown()) {
            if (shown.kind() == Kind.TAG) {
                row(out, tagged(model, options, shown, offsets));
                continue;
            }
            StatementRow statement = statements.get(shown.id());
            if (statement == null) {
                // a speaker's mention: its speaker is in the rows of what they said
                continue;
            }
            Annotation a = statement.annotation();
            Verification v = a.verification() == null ? Verification.UNCHECKED : a.verification();
            Speaker speaker = statement.speaker();
            TextRange cue = a.cue();
            row(out, List.of(
                    text(model.article().meta().title()),
                    Labels.kind(a),
                    text(statement.text()),
                    Integer.toString(offsets.fromUtf16(a.range().start())),
                    Integer.toString(offsets.fromUtf16(a.range().end())),
                    speaker == null ? "" : text(speaker.name()),
                    speaker == null ? "" : Labels.speakerKind(speaker.kind()),
                    cue == null ? "" : text(cue.of(body)),
                    options.verdicts() ? VerdictScale.name(v.verdict()) : "",
                    options.verdicts() ? Labels.status(v.status()) : "",
                    options.verdicts() && v.rationale() != null ? text(v.rationale()) : "",
                    statement.evidence().stream().map(Evidence::url).map(CsvStatements::text)
                            .collect(Collectors.joining(" ")),
                    text(statement.tags().stream().map(Tag::name).collect(Collectors.joining("; "))),
                    text(statement.links().stream().map(LinkRow::describe).collect(Collectors.joining("; "))),
                    note(options, a),
                    Labels.origin(a.origin()),
                    a.score() == null ? "" : String.format(Locale.ROOT, "%.3f", a.score()),
                    a.uid(),
                    model.article().uid()));
        }
    }

    private static List<String> tagged(ReportModel model, ExportOptions options, Annotation a, CodePoints offsets) {
        List<String> fields = new ArrayList<>(Collections.nCopies(COLUMNS.size(), ""));
        fields.set(0, text(model.article().meta().title()));
        fields.set(1, Labels.kind(a));
        fields.set(2, text(a.exact()));
        fields.set(3, Integer.toString(offsets.fromUtf16(a.range().start())));
        fields.set(4, Integer.toString(offsets.fromUtf16(a.range().end())));
        fields.set(COLUMNS.indexOf("tags"), text(model.tagsOf(a.id()).stream().map(Tag::name)
                .collect(Collectors.joining("; "))));
        fields.set(COLUMNS.indexOf("note"), note(options, a));
        fields.set(COLUMNS.indexOf("origin"), Labels.origin(a.origin()));
        fields.set(COLUMNS.indexOf("uid"), a.uid());
        fields.set(COLUMNS.indexOf("article uid"), model.article().uid());
        return fields;
    }

    private static String note(ExportOptions options, Annotation a) {
        return options.notes() && a.note() != null ? text(a.note()) : "";
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write(LINE_END);
    }

    /** One field as RFC 4180 writes it. */
    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** Text that a spreadsheet must show as text, never run as a formula. */
    static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r' || first == '\n';
        return formula ? "'" + value : value;
    }
}
