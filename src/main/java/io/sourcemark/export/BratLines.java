package io.sourcemark.export;

import io.sourcemark.model.TextRange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lines of a brat {@code .ann} file, parsed; lines it cannot read are named in {@link #problems()}. */
record BratLines(List<TextBound> entities, List<Relation> relations, List<Attribute> attributes, List<Note> notes,
                 List<String> problems) {

    private static final Pattern ENTITY = Pattern.compile("(T\\d+)\\t(\\S+) ([-+0-9 ;]+)\\t?(.*)");
    private static final Pattern SPAN = Pattern.compile("(\\d+) (\\d+)");
    private static final Pattern RELATION = Pattern.compile("(R\\d+)\\t(\\S+) Arg1:(\\S+) Arg2:(\\S+)\\s*");
    private static final Pattern ATTRIBUTE = Pattern.compile("([AM]\\d+)\\t(\\S+) (\\S+)(?: (\\S+))?\\s*");
    private static final Pattern NOTE = Pattern.compile("(#\\d*)\\t(\\S+) (\\S+)\\t(.*)");

    static BratLines parse(String ann) {
        BratLines lines = new BratLines(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        int number = 0;
        Set<String> ids = new HashSet<>();
        for (String line : ann.split("\\r?\\n")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String id = line.split("\\t", 2)[0];
            if (!id.startsWith("#") && !id.equals("*") && !ids.add(id)) {
                // which of the two brat would show is not known: neither is taken for the other
                lines.problems.add("Line " + number + " (" + ReportView.abbreviated(line) + ") has the id " + id
                        + " of an earlier line; it was left out.");
                continue;
            }
            Matcher m;
            if ((m = ENTITY.matcher(line)).matches()) {
                List<int[]> spans = new ArrayList<>();
                boolean inOrder = true;
                for (String span : m.group(3).strip().split(";")) {
                    Matcher s = SPAN.matcher(span.strip());
                    if (!s.matches()) {
                        spans = null;
                        break;
                    }
                    int start = offset(s.group(1));
                    int end = offset(s.group(2));
                    // brat writes a mark's pieces in the order of the text, none inside another
                    inOrder &= start <= end && (spans.isEmpty() || spans.get(spans.size() - 1)[1] <= start);
                    spans.add(new int[] {start, end});
                }
                if (spans == null || spans.isEmpty()) {
                    lines.problems.add("Line " + number + " (" + ReportView.abbreviated(line) + ") has offsets brat "
                            + "does not write (whole numbers from 0, a space between start and end); it was left "
                            + "out.");
                } else if (!inOrder) {
                    lines.problems.add("Line " + number + " (" + ReportView.abbreviated(line) + ") has pieces that "
                            + "end before they start, overlap or are out of order; it was left out.");
                } else {
                    lines.entities.add(new TextBound(m.group(1), m.group(2), spans, m.group(4)));
                }
            } else if ((m = RELATION.matcher(line)).matches()) {
                lines.relations.add(new Relation(m.group(1), m.group(2), m.group(3), m.group(4)));
            } else if ((m = ATTRIBUTE.matcher(line)).matches()) {
                lines.attributes.add(new Attribute(m.group(1), m.group(2), m.group(3), m.group(4)));
            } else if ((m = NOTE.matcher(line)).matches()) {
                lines.notes.add(new Note(m.group(3), m.group(4)));
            } else {
                lines.problems.add("Line " + number + " (" + ReportView.abbreviated(line) + ") is not a T, R, A or "
                        + "note line; events and normalizations are not imported.");
            }
        }
        return lines;
    }

    /** An offset as written; one past any text's length reads as the largest, which lies outside every text. */
    private static int offset(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** A T line: an entity of {@code type} over one or more spans, in code points. */
    record TextBound(String id, String type, List<int[]> codePointSpans, String text) {

        /** Its spans in UTF-16 indices of the text they count in; null when one lies outside it. */
        List<TextRange> spans(CodePoints offsets) {
            List<TextRange> ranges = new ArrayList<>();
            for (int[] span : codePointSpans) {
                if (span[0] > span[1] || span[1] > offsets.length()) {
                    return null;
                }
                ranges.add(new TextRange(offsets.toUtf16(span[0]), offsets.toUtf16(span[1])));
            }
            return ranges;
        }
    }

    record Relation(String id, String type, String from, String to) {
    }

    /** An A line; {@code value} is null for a binary attribute. */
    record Attribute(String id, String type, String target, String value) {
    }

    record Note(String target, String text) {
    }
}
