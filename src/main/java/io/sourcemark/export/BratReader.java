package io.sourcemark.export;

import io.sourcemark.importer.ArticleTextForm;
import io.sourcemark.importer.ImportException;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Relation;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.Stance;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a brat {@code .ann} file, ours or another tool's, against its {@code .txt}: T lines of our types become
 * speakers, quotes and claims (discontinuous spans as the parts of a quote); T lines of any other type become tags of
 * that name, on the statement with the same span or else as tagged spans; R lines become links (Said_by names a
 * statement's speaker, Cue its cue); A lines of ours become verdicts and review status; notes become notes. Offsets
 * are code points of the text as the file has it; when the project's normal form of the text differs (line ends,
 * trailing spaces), every span is moved to where its words stand in the normal form.
 */
public final class BratReader {

    static final String RATIONALE = "Rationale: ";
    static final String EVIDENCE = "Evidence: ";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
            "them", "us", "me");

    /**
     * @param raw the {@code .txt} as read
     * @throws InterchangeException when the text is no article's (empty, too long, an absurd unbroken run)
     */
    public InterchangeArticle read(String raw, String ann, String name) throws InterchangeException {
        return read(raw, ann, name, BratVisual.NONE);
    }

    /**
     * @param visual what the {@code visual.conf} beside the files says of each type: a tag's type is read back as
     *               the tag's own name (its label), in its colour
     */
    public InterchangeArticle read(String raw, String ann, String name, BratVisual visual)
            throws InterchangeException {
        String body = ArticleTextForm.body(raw);
        try {
            ArticleTextForm.check(body, name);
        } catch (ImportException e) {
            throw new InterchangeException(e.getMessage(), e);
        }
        TextAlignment alignment = TextAlignment.between(raw, body);
        CodePoints offsets = CodePoints.of(raw);
        BratLines lines = BratLines.parse(ann);
        List<String> problems = new ArrayList<>(lines.problems());
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (BratLines.TextBound t : lines.entities()) {
            Optional<List<TextRange>> parts = alignment.map(t.spans(offsets));
            if (parts.isEmpty()) {
                problems.add(t.id() + " (“" + ReportView.abbreviated(t.text()) + "”) is outside the text, or its "
                        + "words are not there; it was left out.");
                continue;
            }
            List<TextRange> written = t.spans(offsets);
            if (!t.text().isBlank() && !sameWords(t.text(), written, raw)) {
                problems.add(t.id() + " (“" + ReportView.abbreviated(t.text()) + "”) names other words than those "
                        + "at its offsets in the text (“" + ReportView.abbreviated(words(written, raw))
                        + "”): the .ann was made for another text; it was left out.");
                continue;
            }
            if (parts.get().stream().allMatch(r -> r.of(body).isBlank())) {
                problems.add(t.id() + " covers no words, only spaces; it was left out.");
                continue;
            }
            entities.put(t.id(), new Entity(t.type(), parts.get()));
        }
        Map<String, InterchangeTag> tags = new LinkedHashMap<>();
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        Map<String, Draft> drafts = new LinkedHashMap<>();
        Map<String, String> owner = new LinkedHashMap<>();
        for (Map.Entry<String, Entity> e : entities.entrySet()) {
            Optional<Kind> kind = BratTypes.kind(e.getValue().type());
            if (kind.isPresent()) {
                drafts.put(e.getKey(), new Draft(kind.get(), e.getValue().parts()));
                owner.put(e.getKey(), e.getKey());
            }
        }
        for (Map.Entry<String, Entity> e : entities.entrySet()) {
            Entity entity = e.getValue();
            if (BratTypes.kind(entity.type()).isPresent() || BratTypes.isCue(entity.type())) {
                continue;
            }
            String tagUid = tag(tags, visual.nameOf(entity.type()), visual.colours().get(entity.type()));
            String same = drafts.entrySet().stream().filter(d -> d.getValue().parts.equals(entity.parts()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (same == null) {
                drafts.put(e.getKey(), new Draft(Kind.TAG, entity.parts()));
                same = e.getKey();
            }
            drafts.get(same).tagUids.add(tagUid);
            owner.put(e.getKey(), same);
        }
        for (BratLines.Note note : lines.notes()) {
            Draft draft = drafts.get(owner.get(note.target()));
            if (draft == null) {
                problems.add("The note on " + note.target() + " (“" + ReportView.abbreviated(note.text())
                        + "”) is on no annotation that was read; it was left out.");
                continue;
            }
            String text = ArticleTextForm.field(note.text());
            if (text.startsWith(BratTypes.NOTE) && BratTypes.ours(text.substring(BratTypes.NOTE.length()))) {
                // the analyst's own words, marked so by our export as they start as a line of ours: as written.
                // Another tool's "Note: …" is kept whole, since our export marks no other note
                String own = text.substring(BratTypes.NOTE.length());
                draft.note = draft.note == null ? own : draft.note + "\n" + own;
                continue;
            }
            if (text.startsWith(BratTypes.SPEAKER_NOTE) && draft.speakerName == null) {
                // as our export writes it, on a line of its own ("Speaker: Jake Sullivan"; before, followed by
                // " · " and the analyst's note), on a mention or on a statement whose speaker has no mention
                int end = text.indexOf(BratExport.NOTE_SEPARATOR);
                draft.speakerName = text.substring(BratTypes.SPEAKER_NOTE.length(), end < 0 ? text.length() : end)
                        .strip();
                text = end < 0 ? "" : text.substring(end + BratExport.NOTE_SEPARATOR.length());
            }
            text = draft.readVerification(text);
            if (!text.isBlank()) {
                draft.note = draft.note == null ? text : draft.note + "\n" + text;
            }
        }
        for (Draft draft : drafts.values()) {
            if (draft.kind != Kind.SPEAKER && draft.speakerName != null && !draft.speakerName.isEmpty()) {
                draft.speakerUid = speakerNamed(speakers, draft.speakerName).uid();
            }
            if (draft.kind == Kind.SPEAKER) {
                String speakerName = draft.speakerName != null ? draft.speakerName
                        : draft.parts.get(0).of(body).strip();
                if (draft.speakerName != null || !PRONOUNS.contains(speakerName.toLowerCase(Locale.ROOT))) {
                    draft.speakerUid = speakerNamed(speakers, speakerName).uid();
                }
            }
        }
        relations(lines, entities, drafts, owner, body, problems);
        attributes(lines, drafts, owner, tags, problems);
        List<InterchangeAnnotation> annotations = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            annotations.add(draft.toInterchange(body));
        }
        ArticleMeta meta = new ArticleMeta(name.replaceFirst("\\.[^.]*$", ""), null, null, null, null, null, null,
                name);
        return new InterchangeArticle(null, meta, body, null, List.copyOf(speakers.values()),
                List.copyOf(tags.values()), annotations, problems, false);
    }

    /** Whether a T line's text is what its pieces cover, as brat writes it: the pieces joined by a space. */
    private static boolean sameWords(String written, List<TextRange> spans, String raw) {
        return collapsed(written).equals(collapsed(words(spans, raw)));
    }

    private static String words(List<TextRange> spans, String raw) {
        return String.join(" ", spans.stream().map(r -> r.of(raw)).toList());
    }

    private static String collapsed(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static void relations(BratLines lines, Map<String, Entity> entities, Map<String, Draft> drafts,
                                  Map<String, String> owner, String body, List<String> problems) {
        for (BratLines.Relation r : lines.relations()) {
            Draft from = drafts.get(owner.get(r.from()));
            Entity cue = entities.get(r.to());
            if (BratTypes.isCue(r.type()) && from != null && cue != null && from.kind.isStatement()) {
                TextRange first = cue.parts().get(0);
                from.cue = new TextRange(first.start(), cue.parts().get(cue.parts().size() - 1).end());
                continue;
            }
            Draft to = drafts.get(owner.get(r.to()));
            Optional<Relation> relation = BratTypes.relation(r.type());
            if (from == null || to == null || relation.isEmpty()) {
                problems.add(r.id() + " (" + r.type() + ") links annotations or a type Sourcemark does not know; "
                        + "it was left out.");
            } else if (relation.get() == Relation.SAID_BY && to.kind == Kind.SPEAKER && to.speakerUid != null) {
                from.speakerUid = to.speakerUid;
            } else {
                from.links.add(new InterchangeAnnotation.Outgoing(WebAnnotationReader.newUid(), to.uid,
                        relation.get(), null));
            }
        }
    }

    /**
     * Our attributes set the origin, verdict and review status; another tool's (brat's "Negation", "Confidence
     * High") become tags of the annotation, named "Negation" and "Confidence: High", so that nothing it says is lost.
     */
    private static void attributes(BratLines lines, Map<String, Draft> drafts, Map<String, String> owner,
                                   Map<String, InterchangeTag> tags, List<String> problems) {
        for (BratLines.Attribute a : lines.attributes()) {
            Draft draft = drafts.get(owner.get(a.target()));
            String named = a.id() + " (" + a.type() + (a.value() == null ? "" : " " + a.value()) + ")";
            if (draft == null) {
                problems.add(named + " is on " + a.target() + ", no annotation that was read; it was left out.");
            } else if (a.type().equals(BratTypes.SUGGESTION)) {
                draft.origin = Origin.DETECTED;
            } else if ((a.type().equals(BratTypes.VERDICT) || a.type().equals(BratTypes.STATUS))
                    && !draft.kind.isStatement()) {
                problems.add(named + " is on " + a.target() + ", which is no statement; it was left out.");
            } else if (a.type().equals(BratTypes.VERDICT)) {
                BratTypes.verdict(a.value()).ifPresentOrElse(v -> draft.verdict = v, () -> problems.add(named
                        + " is not a verdict Sourcemark knows; " + a.target() + " was kept without it."));
            } else if (a.type().equals(BratTypes.STATUS)) {
                BratTypes.status(a.value()).ifPresentOrElse(s -> draft.status = s, () -> problems.add(named
                        + " is not a review status Sourcemark knows; " + a.target() + " was kept without it."));
            } else {
                String tagUid = tag(tags, a.value() == null ? a.type() : a.type() + ": " + a.value(), null);
                if (!draft.tagUids.contains(tagUid)) {
                    draft.tagUids.add(tagUid);
                }
            }
        }
    }

    /** The speaker named {@code name} (any case), made a person when the file names them first. */
    private static Speaker speakerNamed(Map<String, Speaker> speakers, String name) {
        return speakers.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new Speaker(0,
                WebAnnotationReader.newUid(), name, SpeakerKind.PERSON, null, null, List.of()));
    }

    /** The uid of the tag named {@code name} (any case), made when the file brings it first; colour may be null. */
    private static String tag(Map<String, InterchangeTag> tags, String name, String colour) {
        String tagName = ArticleTextForm.field(name);
        return tags.computeIfAbsent(tagName.toLowerCase(Locale.ROOT), key -> new InterchangeTag(
                new Tag(0, WebAnnotationReader.newUid(), tagName, colour, null, null), null)).tag().uid();
    }

    private record Entity(String type, List<TextRange> parts) {
    }

    /** An annotation being put together from the lines that name it. */
    private static final class Draft {
        final Kind kind;
        final List<TextRange> parts;
        final String uid = WebAnnotationReader.newUid();
        final List<String> tagUids = new ArrayList<>();
        final List<InterchangeAnnotation.Outgoing> links = new ArrayList<>();
        Origin origin = Origin.MANUAL;
        String speakerName;
        String speakerUid;
        String note;
        TextRange cue;
        Verdict verdict;
        ReviewStatus status;
        String rationale;
        final List<Evidence> evidence = new ArrayList<>();

        Draft(Kind kind, List<TextRange> parts) {
            this.kind = kind;
            this.parts = List.copyOf(parts);
        }

        /**
         * Takes a note line our export writes for a statement ("Rationale: …", "Evidence: https://… https://…");
         * returns the line when it is neither, as the analyst's note. An "Evidence:" line of other words than
         * addresses is a note that starts so.
         */
        String readVerification(String text) {
            if (!kind.isStatement()) {
                return text;
            }
            if (text.startsWith(RATIONALE) && rationale == null) {
                rationale = text.substring(RATIONALE.length()).strip();
                return "";
            }
            if (text.startsWith(EVIDENCE)) {
                List<String> urls = List.of(text.substring(EVIDENCE.length()).strip().split("\\s+"));
                if (!urls.get(0).isEmpty() && urls.stream().allMatch(url -> url.contains("://"))) {
                    urls.forEach(url -> evidence.add(new Evidence(0, null, 0, url, null, null, Stance.CONTEXT,
                            null)));
                    return "";
                }
            }
            return text;
        }

        InterchangeAnnotation toInterchange(String body) {
            TextRange range = new TextRange(parts.get(0).start(), parts.get(parts.size() - 1).end());
            Annotation a = Annotation.of(0, kind, origin, range, body).withUid(uid).withNote(note).withCue(cue);
            if (parts.size() > 1 && kind == Kind.DIRECT_QUOTE) {
                a = a.withPieces(parts);
            }
            if (kind.isStatement() && (verdict != null || status != null || rationale != null)) {
                a = a.withVerification(new Verification(verdict == null ? Verdict.NOT_CHECKED : verdict,
                        status == null ? ReviewStatus.TO_CHECK : status, rationale, null, null));
            }
            return new InterchangeAnnotation(a, speakerUid, tagUids, evidence, links);
        }
    }
}
