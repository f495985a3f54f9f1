package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
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
    private final VBox sections = new VBox(10);
    private final Label empty = new Label("Click a highlight or a statement to see it here.");
    private final ScrollPane scroll = new ScrollPane(root);
    private final InspectorViewModel model;
    private final ReviewSection review;
    private final KindSection kind;
    private final DetailsSection details;
    private final VerificationSection verification;
    private final EvidenceSection evidence;
    private final NoteSection note;
    private final SpeakerSection speaker;
    private final LinksSection links;
    private final TagsSection tags;
    private final Subscriptions bindings = new Subscriptions();

    /** @param browser opens a web address in the system browser (evidence) */
    public InspectorView(InspectorViewModel model, SpeakerSectionModel speakerModel, LinksSectionModel linksModel,
                         Consumer<String> browser) {
        this.model = model;
        this.review = new ReviewSection(model);
        this.kind = new KindSection(model);
        this.details = new DetailsSection(model);
        this.verification = new VerificationSection(model);
        this.evidence = new EvidenceSection(new EvidenceViewModel(model.checking()), browser);
        this.note = new NoteSection(model);
        this.speaker = new SpeakerSection(speakerModel);
        this.links = new LinksSection(linksModel);
        this.tags = new TagsSection(model);
        root.getStyleClass().add("sm-inspector");
        root.setPadding(new Insets(10));
        Label heading = new Label("Inspector");
        heading.getStyleClass().add("title-4");
        empty.getStyleClass().add("sm-placeholder");
        empty.setWrapText(true);
        sections.getChildren().addAll(review.node(), kind.node(), speaker.node(), verification.node(),
                evidence.node(), tags.node(), links.node(), details.node(), note.highlightNode());
        sections.managedProperty().bind(sections.visibleProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        root.getChildren().addAll(heading, empty, note.articleNode(), sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
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
        sections.setVisible(annotation != null);
        empty.setVisible(annotation == null);
        review.show(annotation);
        kind.show(annotation);
        details.show(annotation);
        verification.show(annotation);
        evidence.show(annotation);
        note.show(annotation, model.selection().article());
        speaker.show(annotation);
        links.show(annotation);
        tags.show(annotation);
    }

    public Region node() {
        return scroll;
    }
}
