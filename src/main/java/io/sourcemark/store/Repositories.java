package io.sourcemark.store;

/**
 * The repositories of one transaction: a change on the writer, or a read-only snapshot. Obtained from
 * {@link ProjectStore#change} and {@link ProjectStore#read}; valid only while that work runs.
 */
public final class Repositories {

    private final ArticleRepository articles;
    private final AnnotationRepository annotations;
    private final SpeakerRepository speakers;
    private final TagRepository tags;
    private final LinkRepository links;
    private final EvidenceRepository evidence;
    private final SearchRepository search;
    private final AttributionRepository attributions;
    private final StatisticsRepository statistics;
    private final ProvenanceRepository provenance;
    private UndoLog.Focus focus = UndoLog.Focus.NONE;
    private String label;

    Repositories(Session session) {
        this.articles = new ArticleRepository(session);
        this.annotations = new AnnotationRepository(session);
        this.speakers = new SpeakerRepository(session);
        this.tags = new TagRepository(session);
        this.links = new LinkRepository(session);
        this.evidence = new EvidenceRepository(session);
        this.search = new SearchRepository(session);
        this.attributions = new AttributionRepository(session);
        this.statistics = new StatisticsRepository(session);
        this.provenance = new ProvenanceRepository(session);
    }

    public ArticleRepository articles() {
        return articles;
    }

    public AnnotationRepository annotations() {
        return annotations;
    }

    public SpeakerRepository speakers() {
        return speakers;
    }

    public TagRepository tags() {
        return tags;
    }

    public LinkRepository links() {
        return links;
    }

    public EvidenceRepository evidence() {
        return evidence;
    }

    public SearchRepository search() {
        return search;
    }

    public AttributionRepository attributions() {
        return attributions;
    }

    public StatisticsRepository statistics() {
        return statistics;
    }

    public ProvenanceRepository provenance() {
        return provenance;
    }

    /**
     * Where undo and redo of this change show it: the article, and the annotation to select (0 for none). Ignored in
     * a read.
     */
    public void focus(long articleId, long annotationId) {
        focus = new UndoLog.Focus(articleId, annotationId == 0 ? null : annotationId);
    }

    /** Names the change by what it turned out to do ("Accept 12 suggestions"); ignored in a read. */
    public void label(String newLabel) {
        label = newLabel;
    }

    UndoLog.Focus focus() {
        return focus;
    }

    String labelOr(String fallback) {
        return label != null ? label : fallback;
    }
}
