package io.sourcemark.ui;

import io.sourcemark.model.Kind;
import io.sourcemark.model.LinkEnd;
import io.sourcemark.model.Relation;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.model.Verdict;
import io.sourcemark.service.RelationNames;

import java.util.Locale;
import java.util.StringJoiner;

/** Speaker kinds, relations and verdicts in the analyst's words, for the speaker and link views. */
public final class SpeakerWords {

    private static final int SHORT_QUOTE = 90;

    private SpeakerWords() {
    }

    /** "person", "government body". */
    public static String of(SpeakerKind kind) {
        return words(kind);
    }

    /** "mostly true", "not checked". */
    public static String of(Verdict verdict) {
        return verdict == null ? "" : words(verdict);
    }

    /** "supports", "said by". */
    public static String of(Relation relation) {
        return RelationNames.of(relation);
    }

    /** The relation as seen from this end: "supports", or "supported by" from the other end. */
    public static String of(LinkEnd end) {
        return RelationNames.seenFrom(end);
    }

    /** "person · National Security Adviser · also Mr. Sullivan": what is known of the speaker, in one line. */
    public static String describe(Speaker speaker) {
        StringJoiner line = new StringJoiner(" · ");
        line.add(of(speaker.kind()));
        if (speaker.role() != null) {
            line.add(speaker.role());
        }
        if (speaker.affiliation() != null) {
            line.add(speaker.affiliation());
        }
        if (!speaker.aliases().isEmpty()) {
            line.add("also " + String.join(", ", speaker.aliases()));
        }
        return line.toString();
    }

    /**
     * The statement's words, cut to a line's worth with an ellipsis: a direct quote in quotation marks (its own
     * when its range takes them in, never two), reported speech and claims without, as the statements list shows
     * them.
     */
    public static String quoted(StatementInArticle statement) {
        String words = statement.exact().strip().replaceAll("\\s+", " ");
        boolean direct = statement.kind() == Kind.DIRECT_QUOTE;
        if (direct) {
            words = words.replaceAll("^[“\"‘'«„]+|[”\"’'»“]+$", "");
        }
        String cut = words.length() <= SHORT_QUOTE ? words : words.substring(0, SHORT_QUOTE).strip() + "…";
        return direct ? "“" + cut + "”" : cut;
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
