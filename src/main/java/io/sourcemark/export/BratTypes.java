package io.sourcemark.export;

import io.sourcemark.model.Kind;
import io.sourcemark.model.Relation;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The names of brat types, attributes and values, both ways: "Direct_quote", "Said_by", "Mostly_false". */
final class BratTypes {

    static final String CUE = "Cue";
    static final String VERDICT = "Verdict";
    static final String STATUS = "Status";
    static final String SUGGESTION = "Suggestion";
    static final String NOTES = "AnnotatorNotes";
    /** The note of a speaker mention that names its speaker: "Speaker: Jake Sullivan". */
    static final String SPEAKER_NOTE = "Speaker: ";
    /**
     * Before an analyst's note that starts as a line of ours does ("Speaker: …", "Evidence: …"): read back as the
     * note it is, not as a speaker or evidence.
     */
    static final String NOTE = "Note: ";

    /** The analyst's note as a note line: marked as a note when it could be read as a line of ours. */
    static String analystNote(String note) {
        return ours(note) ? NOTE + note : note;
    }

    /** Whether a note line starts as one of the lines our export writes of its own. */
    static boolean ours(String line) {
        return line.startsWith(SPEAKER_NOTE) || line.startsWith(BratReader.RATIONALE)
                || line.startsWith(BratReader.EVIDENCE) || line.startsWith(NOTE);
    }
    /** Our entity types, and the names of our attributes and relations, which share brat's namespace of types. */
    private static final Set<String> RESERVED = reserved();

    private BratTypes() {
    }

    private static Set<String> reserved() {
        // "source", "direct" and "indirect" too: the reader takes them for kinds, so a tag of such a name came back
        // as speakers and quotes
        Set<String> names = new HashSet<>(Set.of("speaker", "source", "direct_quote", "direct", "indirect_quote",
                "indirect", "claim", "cue", "tag", "annotatornotes"));
        names.add(key(VERDICT));
        names.add(key(STATUS));
        names.add(key(SUGGESTION));
        for (Relation relation : Relation.values()) {
            names.add(key(of(relation)));
        }
        return Set.copyOf(names);
    }

    static String of(Kind kind) {
        return switch (kind) {
            case SPEAKER -> "Speaker";
            case DIRECT_QUOTE -> "Direct_quote";
            case INDIRECT_QUOTE -> "Indirect_quote";
            case CLAIM -> "Claim";
            case TAG -> "Tag";
        };
    }

    /** The kind a brat type names ("Direct_quote", "direct-quote", "Source" for a speaker), if it is one of ours. */
    static Optional<Kind> kind(String type) {
        return switch (key(type)) {
            case "speaker", "source" -> Optional.of(Kind.SPEAKER);
            case "direct_quote", "direct" -> Optional.of(Kind.DIRECT_QUOTE);
            case "indirect_quote", "indirect" -> Optional.of(Kind.INDIRECT_QUOTE);
            case "claim" -> Optional.of(Kind.CLAIM);
            default -> Optional.empty();
        };
    }

    static boolean isCue(String type) {
        return key(type).equals("cue");
    }

    /** A tag's name as a brat type: letters, digits, _ and - only, never one of ours. */
    static String ofTag(String name) {
        String type = name.strip().replaceAll("[^\\p{L}\\p{N}_-]+", "_");
        if (type.isEmpty() || RESERVED.contains(key(type)) || !Character.isLetter(type.codePointAt(0))) {
            type = "Tag_" + type;
        }
        return type;
    }

    /** "Said_by", "Same_claim". */
    static String of(Relation relation) {
        return capitalised(relation.name());
    }

    static Optional<Relation> relation(String type) {
        return Arrays.stream(Relation.values()).filter(r -> r.name().equalsIgnoreCase(key(type))).findFirst();
    }

    static String of(Verdict verdict) {
        return capitalised(verdict.name());
    }

    static Optional<Verdict> verdict(String value) {
        return Arrays.stream(Verdict.values()).filter(v -> v.name().equalsIgnoreCase(key(value))).findFirst();
    }

    static String of(ReviewStatus status) {
        return capitalised(status.name());
    }

    static Optional<ReviewStatus> status(String value) {
        return Arrays.stream(ReviewStatus.values()).filter(s -> s.name().equalsIgnoreCase(key(value))).findFirst();
    }

    private static String capitalised(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String key(String type) {
        return type.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
