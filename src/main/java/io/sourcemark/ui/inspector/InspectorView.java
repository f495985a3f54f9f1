package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.ui.PixelScroll;
import io.sourcemark.ui.Subscriptions;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * Details of the selected highlight, as a stack of small sections: review (for a suggestion), kind and range,
 * details. Scrolls when a long statement does not fit; the text wraps rather than being cut.
 */
public final class InspectorView {

    private final VBox root = new VBox(10);
    private final Label empty = new Label("Click a highlight or a statement to see it here.");
    private final ScrollPane scroll = new ScrollPane(root);
    private final InspectorViewModel model;
    private final SpeakerSectionModel speakerModel;
    private final LinksSectionModel linksModel;
    private final Consumer<String> browser;
    private final Runnable backToArticle;
    private final NoteSection note;
    /** Built when the first highlight is selected: a window that opens on an article shows none of them yet. */
    private Sections sections;
    private final Subscriptions bindings = new Subscriptions();
    /** The highlight shown (0: none), to tell another one from the same one shown again after a change. */
    private long shownId;

    /**
     * @param browser       opens a web address in the system browser (evidence)
     * @param backToArticle gives the keyboard to the article (after a form of the inspector closes)
     */
    public InspectorView(InspectorViewModel model, SpeakerSectionModel speakerModel, LinksSectionModel linksModel,
                         Consumer<String> browser, Runnable backToArticle) {
        this.model = model;
        this.speakerModel = speakerModel;
        this.linksModel = linksModel;
        this.browser = browser;
        this.backToArticle = backToArticle;
        this.note = new NoteSection(model);
        root.getStyleClass().add("sm-inspector");
        root.setPadding(new Insets(10));
        Label heading = new Label("Inspector");
        heading.getStyleClass().add("title-4");
        empty.getStyleClass().add("sm-placeholder");
        empty.setWrapText(true);
        empty.managedProperty().bind(empty.visibleProperty());
        root.getChildren().addAll(heading, empty, note.articleNode());
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setId("inspectorScroll");
        PixelScroll.install(scroll);
    }

    public void activate() {
        bindings.listen(model.selection().annotationProperty(), (obs, old, now) -> show(now));
        bindings.listen(model.selection().articleProperty(), (obs, old, now) -> show(model.selection().annotation()));
        // the highlights shown anew after any change, undo or redo: the evidence may have changed with them
        bindings.listen(model.checking().open().annotations(),
                (javafx.collections.ListChangeListener<Annotation>) c -> show(model.selection().annotation()));
        show(model.selection().annotation());
    }

    public void deactivate() {
        bindings.dispose();
    }

    private void show(Annotation annotation) {
        // another highlight is read from its top (its Accept and Reject, its kind), not where the last one was left
        long id = annotation == null ? 0 : annotation.id();
        if (id != shownId) {
            shownId = id;
            scroll.setVvalue(scroll.getVmin());
        }
        empty.setVisible(annotation == null);
        note.show(annotation, model.selection().article());
        if (annotation != null && sections == null) {
            sections = new Sections();
            root.getChildren().add(sections.node);
        }
        if (sections != null) {
            sections.show(annotation);
        }
    }

    public Region node() {
        return scroll;
    }

    /**
     * Saves what is being typed in a note or a rationale, as leaving the field would: before the window closes or
     * another project opens, with the keyboard still in the field.
     */
    public void saveWhatIsTyped() {
        note.commit();
        if (sections != null) {
            sections.verification.commit();
        }
    }

    /**
     * The sections of a selected highlight: about a hundred controls that a window opening on an article does not
     * show, so they are made (and styled) when the analyst first selects one, not before the article is drawn.
     */
    private final class Sections {
        private final VBox node = new VBox(10);
        private final ReviewSection review = new ReviewSection(model);
        private final KindSection kind = new KindSection(model);
        private final DetailsSection details = new DetailsSection(model);
        private final VerificationSection verification = new VerificationSection(model);
        private final EvidenceSection evidence = new EvidenceSection(new EvidenceViewModel(model.checking()),
                browser);
        private final SpeakerSection speaker = new SpeakerSection(speakerModel);
        private final LinksSection links = new LinksSection(linksModel, backToArticle);
        private final TagsSection tags = new TagsSection(model);

        Sections() {
            node.getChildren().addAll(review.node(), kind.node(), speaker.node(), verification.node(),
                    evidence.node(), tags.node(), links.node(), details.node(), note.highlightNode());
            node.managedProperty().bind(node.visibleProperty());
        }

        void show(Annotation annotation) {
            node.setVisible(annotation != null);
            review.show(annotation);
            kind.show(annotation);
            details.show(annotation);
            verification.show(annotation);
            evidence.show(annotation);
            speaker.show(annotation);
            links.show(annotation);
            tags.show(annotation);
        }
    }
}
