package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.LinkEnd;
import io.sourcemark.model.Relation;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.service.LinkService;
import io.sourcemark.ui.Changes;
import io.sourcemark.ui.Jumps;
import io.sourcemark.ui.Picking;
import io.sourcemark.ui.Selection;
import io.sourcemark.ui.SpeakerWords;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The links of the selected statement, both ways, and making one: Link to… (L), then a click on a statement or
 * mention of this article or a statement found in another one, a relation and a note.
 */
public final class LinksSectionModel {

    private final Selection selection;
    private final LinkService links;
    private final Changes changes;
    private final Picking picking;
    private final Jumps jumps;

    // Properties
    private final ObservableList<LinkEnd> shown = FXCollections.observableArrayList();
    private final ObservableList<StatementInArticle> found = FXCollections.observableArrayList();
    private final BooleanProperty composing = new SimpleBooleanProperty(false);
    private final ObjectProperty<StatementInArticle> target = new SimpleObjectProperty<>();
    private final ObjectProperty<Relation> relation = new SimpleObjectProperty<>(Relation.SUPPORTS);
    private long from;
    private long loaded;
    private long madeLast;
    /** The relation the analyst had before a speaker mention was picked and made it "said by". */
    private Relation beforeSpeaker;
    private boolean settingRelation;

    public LinksSectionModel(Selection selection, LinkService links, Changes changes, Picking picking,
                             Jumps jumps) {
        this.selection = selection;
        this.links = links;
        this.changes = changes;
        this.picking = picking;
        this.jumps = jumps;
        // a relation the analyst picks by hand is theirs: it is not given back later
        relation.addListener((o, was, now) -> {
            if (!settingRelation) {
                beforeSpeaker = null;
            }
        });
    }

    // Commands

    /** Shows the links of {@code annotation}; a link being made from another statement is given up. */
    void load(Annotation annotation) {
        long id = annotation == null ? 0 : annotation.id();
        if (composing.get() && id != from) {
            cancel();
        }
        loaded = id;
        if (id == 0) {
            shown.clear();
            return;
        }
        changes.read(() -> links.linksOf(id), ends -> {
            if (loaded == id) {
                shown.setAll(ends);
            }
        });
    }

    /** L: starts a link from the selected statement; the next click in the article chooses its other end. */
    public void startLink() {
        Annotation start = selection.annotation();
        if (start == null || start.kind() == Kind.TAG) {
            changes.report("Select a statement first, then press L to link it to another one.");
            return;
        }
        from = start.id();
        target.set(null);
        found.clear();
        composing.set(true);
        picking.start("Click a statement or speaker mention to link to, or find one in another article in the "
                        + "inspector", "Click a highlighted statement or speaker mention",
                a -> a.id() != start.id() && a.kind() != Kind.TAG, this::picked, this::cancel);
    }

    /** Statements of the library whose words contain {@code words}, for a link to another article. */
    void find(String words) {
        changes.read(() -> links.find(words), results -> found.setAll(results.stream()
                .filter(s -> s.annotationId() != from).toList()));
    }

    void choose(StatementInArticle other) {
        if (other != null) {
            picking.stop();
            target.set(other);
            if (other.kind() == Kind.SPEAKER && relation.get() != Relation.SAID_BY) {
                Relation had = relation.get();
                setRelation(Relation.SAID_BY);
                beforeSpeaker = had;
            } else if (other.kind() != Kind.SPEAKER && beforeSpeaker != null) {
                // a statement picked after a speaker mention gets back the relation "said by" replaced
                setRelation(beforeSpeaker);
                beforeSpeaker = null;
            }
        }
    }

    private void setRelation(Relation value) {
        settingRelation = true;
        try {
            relation.set(value);
        } finally {
            settingRelation = false;
        }
    }

    /** Makes the link with the chosen relation and note. */
    void create(String note) {
        StatementInArticle to = target.get();
        Relation chosen = relation.get();
        if (!composing.get() || to == null || chosen == null) {
            changes.report("Choose the statement to link to first: click it in the article or find it.");
            return;
        }
        long start = from;
        changes.run(() -> links.link(start, to.annotationId(), chosen, note), "Linked: " + SpeakerWords.of(chosen),
                link -> {
                    madeLast = link.id();
                    composing.set(false);
                    target.set(null);
                    found.clear();
                    reload();
                });
    }

    public void cancel() {
        picking.stop();
        composing.set(false);
        target.set(null);
        found.clear();
    }

    void delete(LinkEnd end) {
        changes.run(() -> {
            links.delete(end.link());
            return null;
        }, "Deleted link: " + SpeakerWords.of(end), nothing -> reload());
    }

    /** Opens the other end of a link: its article, with it selected. */
    void follow(LinkEnd end) {
        jumps.to(end.other().articleId(), end.other().annotationId());
    }

    private void picked(Annotation clicked) {
        String title = selection.article() == null ? "" : selection.article().meta().title();
        choose(new StatementInArticle(clicked.id(), clicked.articleId(), title, clicked.kind(), clicked.origin(),
                clicked.range(), clicked.exact(), clicked.verification() == null ? null
                : clicked.verification().verdict(), clicked.speakerId()));
        changes.tell("Choose the relation, add a note if you like, then press Link.");
    }

    private void reload() {
        Annotation current = selection.annotation();
        load(current);
    }

    // Properties

    ObservableList<LinkEnd> links() {
        return shown;
    }

    /** The id of the link made last in this window, 0 before any: the view brings its row into view. */
    long madeLast() {
        return madeLast;
    }

    ObservableList<StatementInArticle> found() {
        return found;
    }

    BooleanProperty composingProperty() {
        return composing;
    }

    ObjectProperty<StatementInArticle> targetProperty() {
        return target;
    }

    ObjectProperty<Relation> relationProperty() {
        return relation;
    }

    long articleId() {
        return selection.articleId();
    }
}
