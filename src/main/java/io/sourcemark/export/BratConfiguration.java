package io.sourcemark.export;

import io.sourcemark.model.Kind;
import io.sourcemark.model.Relation;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** brat's {@code annotation.conf} and {@code visual.conf} for an export: our types, the tags used, the colours. */
public final class BratConfiguration {

    private static final List<String> STATEMENTS = List.of(BratTypes.of(Kind.DIRECT_QUOTE),
            BratTypes.of(Kind.INDIRECT_QUOTE), BratTypes.of(Kind.CLAIM));

    private BratConfiguration() {
    }

    static String annotationConf(Collection<String> tagTypes) {
        List<String> entities = new ArrayList<>(List.of(BratTypes.of(Kind.SPEAKER)));
        entities.addAll(STATEMENTS);
        entities.add(BratTypes.of(Kind.TAG));
        entities.add(BratTypes.CUE);
        entities.addAll(tagTypes);
        String any = String.join("|", entities);
        String statements = String.join("|", STATEMENTS);
        StringBuilder conf = new StringBuilder("# Sourcemark: speakers, quotes, claims and the project's tags\n");
        conf.append("[entities]\n");
        entities.forEach(e -> conf.append(e).append('\n'));
        conf.append("\n[relations]\n");
        conf.append(BratTypes.of(Relation.SAID_BY)).append("\tArg1:").append(statements).append(", Arg2:")
                .append(any).append('\n');
        conf.append(BratTypes.CUE).append("\tArg1:").append(statements).append(", Arg2:").append(BratTypes.CUE)
                .append('\n');
        for (Relation relation : Relation.values()) {
            if (relation != Relation.SAID_BY) {
                conf.append(BratTypes.of(relation)).append("\tArg1:").append(any).append(", Arg2:").append(any)
                        .append('\n');
            }
        }
        conf.append("<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>\n");
        conf.append("\n[events]\n\n[attributes]\n");
        conf.append(BratTypes.VERDICT).append("\tArg:").append(statements).append(", Value:")
                .append(Arrays.stream(Verdict.values()).map(BratTypes::of).collect(Collectors.joining("|")))
                .append('\n');
        conf.append(BratTypes.STATUS).append("\tArg:").append(statements).append(", Value:")
                .append(Arrays.stream(ReviewStatus.values()).map(BratTypes::of).collect(Collectors.joining("|")))
                .append('\n');
        conf.append(BratTypes.SUGGESTION).append("\tArg:").append(any).append('\n');
        return conf.toString();
    }

    /**
     * The window's highlight colours (its dark-theme tints, which read well behind black text), and each tag type's
     * label: the tag's own name, which brat shows and our import reads back.
     */
    static String visualConf(Map<String, String> tagColours, Map<String, String> tagLabels) {
        StringBuilder conf = new StringBuilder("[labels]\n");
        tagLabels.forEach((type, name) -> {
            String label = name.strip();
            if (label.isEmpty() || label.lines().count() != 1) {
                return;
            }
            if (label.contains("|")) {
                // brat splits a label at "|": the name goes on a comment line that our import reads
                conf.append(BratVisual.TAG_NAME_COMMENT).append(type).append(": ").append(label).append('\n');
            } else {
                conf.append(type).append(" | ").append(label).append('\n');
            }
        });
        conf.append("Speaker | Speaker | Spk\n");
        conf.append("Direct_quote | Direct quote | Direct | DQ\n");
        conf.append("Indirect_quote | Indirect quote | Indirect | IQ\n");
        conf.append("Claim | Claim | Cl\n");
        conf.append("Said_by | Said by\n");
        conf.append("Same_claim | Same claim\n");
        conf.append("Responds_to | Responds to\n");
        conf.append("\n[drawing]\n");
        conf.append("SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n");
        conf.append("ARC_DEFAULT\tcolor:black, arrowHead:triangle-5\n");
        conf.append("ATTRIBUTE_DEFAULT\tglyph:*\n");
        conf.append("Speaker\tbgColor:#c4b5fd\n");
        conf.append("Direct_quote\tbgColor:#fbbf24\n");
        conf.append("Indirect_quote\tbgColor:#7dd3fc\n");
        conf.append("Claim\tbgColor:#fb7185\n");
        conf.append("Tag\tbgColor:#6ee7b7\n");
        conf.append("Cue\tbgColor:#e2e8f0\n");
        tagColours.forEach((type, colour) -> conf.append(type).append("\tbgColor:").append(colour).append('\n'));
        conf.append("Said_by\tcolor:#7c3aed\n");
        conf.append("Verdict\tglyph:").append(Arrays.stream(Verdict.values()).map(v -> VerdictScale.rating(v).isPresent()
                ? Integer.toString(VerdictScale.rating(v).getAsInt()) : "?").collect(Collectors.joining("|")))
                .append('\n');
        return conf.toString();
    }
}
