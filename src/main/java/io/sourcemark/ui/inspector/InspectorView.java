package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.ui.Subscriptions;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

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
    private final TagsSection tags;
    private final Subscriptions bindings = new Subscriptions();

    public InspectorView(InspectorViewModel model) {
        this.model = model;
        this.review = new ReviewSection(model);
        this.kind = new KindSection(model);
        this.details = new DetailsSection(model);
        this.tags = new TagsSection(model);
        root.getStyleClass().add("sm-inspector");
        root.setPadding(new Insets(10));
        Label heading = new Label("Inspector");
        heading.getStyleClass().add("title-4");
        empty.getStyleClass().add("sm-placeholder");
        empty.setWrapText(true);
        sections.getChildren().addAll(review.node(), kind.node(), details.node(), tags.node());
        sections.managedProperty().bind(sections.visibleProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        root.getChildren().addAll(heading, empty, sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
    }

    public void activate() {
        bindings.listen(model.selection().annotationProperty(), (obs, old, now) -> show(now));
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
        tags.show(annotation);
    }

    public Region node() {
        return scroll;
    }
}
