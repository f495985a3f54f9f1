package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interview and briefing transcripts: paragraphs opened by a speaker label ("MR. SULLIVAN:", "Q", "((Name))",
 * "Name:") start a turn of direct speech without quotation marks that runs to the next label. Each paragraph of a
 * turn is one fragment. Labels count only when the text has several of them, so a lone "Note:" is not a turn.
 */
final class TranscriptTurns {

    private static final Pattern CAPS_LABEL = Pattern.compile(
            "^((?:(?:MR|MS|MRS|DR|SEN|REP|GEN|GOV|PROF)\\. )?\\p{Lu}[\\p{Lu}'’.\\-]+"
                    + "(?: \\p{Lu}[\\p{Lu}'’.\\-]+){0,3})(:)\\s*");
    private static final Pattern Q_LABEL = Pattern.compile("^(Q)(?:(:)|\\s+|$)\\s*");
    private static final Pattern PAREN_LABEL = Pattern.compile("^\\(\\(([^()]{1,60})\\)\\)\\s*");
    private static final Pattern NAME_LABEL = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’\\-]*(?: \\p{Lu}[\\p{L}.'’\\-]*){0,3})(:)\\s+");
    private static final Pattern STOP = Pattern.compile(
            "^(?:\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\.?.*|END|###|\\* \\* \\*)$");
    /**
     * A line of a page's particulars, "URL: https://…", "Source: www.…": a web address after the colon is no one's
     * words. It is no label, and it ends the turn before it.
     */
    private static final Pattern ADDRESS_LINE = Pattern.compile(
            "^[\\p{L}][\\p{L} ]{0,30}:\\s*(?:https?://|www\\.)\\S*\\s*$", Pattern.CASE_INSENSITIVE);

    private record Label(int paragraph, TextRange source, TextRange cue, int contentStart) {}

    /** The turns found, and which paragraphs they cover (other steps leave those alone). */
    record Result(List<Draft> turns, boolean[] covered) {}

    Result find(String text, List<TextRange> paragraphs) {
        List<Label> labels = new ArrayList<>();
        Map<String, Integer> nameCounts = new HashMap<>();
        List<Label> named = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            TextRange p = paragraphs.get(i);
            if (ADDRESS_LINE.matcher(p.of(text)).matches()) {
                continue;
            }
            String para = text.substring(p.start(), Math.min(p.end(), p.start() + 80));
            Label l = match(CAPS_LABEL, para, p, i);
            if (l == null) {
                l = match(Q_LABEL, para, p, i);
            }
            if (l == null) {
                l = match(PAREN_LABEL, para, p, i);
            }
            if (l != null) {
                labels.add(l);
                continue;
            }
            Label n = match(NAME_LABEL, para, p, i);
            if (n != null && p.end() > n.contentStart()) {
                named.add(n);
                nameCounts.merge(n.source().of(text), 1, Integer::sum);
            }
        }
        for (Label n : named) {
            if (nameCounts.get(n.source().of(text)) >= 2) {
                labels.add(n);
            }
        }
        labels.sort((a, b) -> Integer.compare(a.paragraph(), b.paragraph()));
        if (labels.size() < 3 || labels.stream().map(l -> l.source().of(text)).distinct().count() < 2) {
            return new Result(List.of(), new boolean[paragraphs.size()]);
        }
        boolean[] covered = new boolean[paragraphs.size()];
        return new Result(turns(text, paragraphs, labels, covered), covered);
    }

    private static List<Draft> turns(String text, List<TextRange> paragraphs, List<Label> labels,
                                     boolean[] covered) {
        List<Draft> out = new ArrayList<>();
        for (int k = 0; k < labels.size(); k++) {
            Label l = labels.get(k);
            int stop = k + 1 < labels.size() ? labels.get(k + 1).paragraph() : paragraphs.size();
            Draft d = new Draft(QuoteKind.DIRECT, 0.9);
            d.turn = true;
            d.source = l.source();
            d.cue = l.cue();
            covered[l.paragraph()] = true;
            TextRange first = paragraphs.get(l.paragraph());
            if (l.contentStart() < first.end()) {
                d.fragments.add(new TextRange(l.contentStart(), first.end()));
            }
            for (int i = l.paragraph() + 1; i < stop; i++) {
                TextRange p = paragraphs.get(i);
                String line = p.of(text);
                if (STOP.matcher(line).matches() || ADDRESS_LINE.matcher(line).matches()) {
                    break;
                }
                d.fragments.add(p);
                covered[i] = true;
            }
            d.paragraph = stop - 1;
            if (!d.fragments.isEmpty()) {
                out.add(d);
            }
        }
        return out;
    }

    private static Label match(Pattern pattern, String para, TextRange p, int index) {
        Matcher m = pattern.matcher(para);
        if (!m.find()) {
            return null;
        }
        TextRange source = new TextRange(p.start() + m.start(1), p.start() + m.end(1));
        TextRange cue = m.groupCount() >= 2 && m.group(2) != null
                ? new TextRange(p.start() + m.start(2), p.start() + m.end(2)) : null;
        return new Label(index, source, cue, p.start() + m.end());
    }
}
