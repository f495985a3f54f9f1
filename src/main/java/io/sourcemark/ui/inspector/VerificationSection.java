package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import io.sourcemark.ui.ClickLeavesFocus;
import io.sourcemark.ui.Keys;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.VerdictLook;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A statement's check: the verdict (buttons, or V then 1–7), the review status (V then T, P or D), who checked it
 * and when, and the rationale. Each row of buttons is a toggle group: one Tab stop, its chosen button, and the arrows
 * move along it. Hidden for speakers and tags, which are not checked.
 */
final class VerificationSection {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final VBox root = new VBox(6);
    private final Map<Verdict, ToggleButton> verdicts = new EnumMap<>(Verdict.class);
    private final Map<ReviewStatus, ToggleButton> statuses = new EnumMap<>(ReviewStatus.class);
    private final Label reviewed = new Label();
    private final io.sourcemark.ui.AnalystPreferences preferences;
    /** The check the label describes; null before a statement is shown. */
    private Verification shownCheck;
    private final NoteEditor<Annotation> rationale;
    private boolean showing;

    VerificationSection(InspectorViewModel model) {
        this.preferences = model.checking().preferences();
        // a name set in the preferences while a check is shown: the hint goes at once (both live as the workspace)
        preferences.reviewerProperty().addListener((obs, old, now) -> showReviewed());
        Label heading = new Label("Verification");
        heading.getStyleClass().add("sm-inspector-heading");
        ToggleGroup verdictGroup = new ToggleGroup();
        FlowPane verdictButtons = new FlowPane(4, 4);
        for (Verdict verdict : Verdict.values()) {
            ToggleButton button = new ToggleButton(Names.of(verdict), VerdictLook.icon(verdict));
            button.setId("verdict-" + verdict.name());
            button.getStyleClass().addAll("sm-verdict-button", "small");
            button.setMinWidth(Region.USE_PREF_SIZE); // a narrow inspector wraps the buttons rather than cut names
            button.setToggleGroup(verdictGroup);
            ClickLeavesFocus.install(button);
            String keys = verdict == Verdict.NOT_CHECKED ? "V, 0" : VerdictLook.keys(verdict);
            button.setTooltip(new Tooltip("Verdict: " + Names.of(verdict) + " (" + keys + ")"));
            button.setOnAction(e -> {
                if (!showing) {
                    button.setSelected(true); // a second click keeps the verdict rather than leaving none
                    model.checking().setVerdict(verdict);
                }
            });
            verdicts.put(verdict, button);
            verdictButtons.getChildren().add(button);
        }
        ToggleGroup statusGroup = new ToggleGroup();
        HBox statusButtons = new HBox();
        statusButtons.getStyleClass().add("segmented");
        for (ReviewStatus status : ReviewStatus.values()) {
            ToggleButton button = new ToggleButton(Names.of(status));
            button.setId("status-" + status.name());
            button.getStyleClass().add("small");
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setTooltip(new Tooltip("Review status: " + Names.of(status) + " ("
                    + Keys.reviewStatusKeys(status) + ")"));
            button.setToggleGroup(statusGroup);
            ClickLeavesFocus.install(button);
            button.setOnAction(e -> {
                if (!showing) {
                    button.setSelected(true);
                    model.checking().setStatus(status);
                }
            });
            statuses.put(status, button);
            statusButtons.getChildren().add(button);
        }
        arrowsMoveTheFocus(List.copyOf(verdicts.values()));
        arrowsMoveTheFocus(List.copyOf(statuses.values()));
        statusButtons.getChildren().get(0).getStyleClass().add("left-pill");
        statusButtons.getChildren().get(1).getStyleClass().add("center-pill");
        statusButtons.getChildren().get(2).getStyleClass().add("right-pill");
        reviewed.setId("verificationReviewed");
        reviewed.getStyleClass().add("sm-caption");
        reviewed.setWrapText(true);
        rationale = new NoteEditor<>("rationaleText", "Rationale", "Why this verdict: what the evidence shows",
                (statement, text) -> model.checking().setRationale(statement, text));
        root.getChildren().addAll(heading, verdictButtons, statusButtons, reviewed, rationale.node());
        root.managedProperty().bind(root.visibleProperty());
    }

    /**
     * The arrows move the keyboard along a row, and Space chooses. The toggle group's own arrows would choose the next
     * button as they move to it without running its action: the row showed a verdict that was never saved.
     */
    private static void arrowsMoveTheFocus(List<ToggleButton> row) {
        for (int i = 0; i < row.size(); i++) {
            int at = i;
            row.get(i).addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                int step = switch (e.getCode()) {
                    case LEFT, UP, KP_LEFT, KP_UP -> -1;
                    case RIGHT, DOWN, KP_RIGHT, KP_DOWN -> 1;
                    default -> 0;
                };
                if (step != 0 && !e.isShiftDown() && !e.isAltDown() && !e.isShortcutDown()) {
                    e.consume();
                    row.get(Math.floorMod(at + step, row.size())).requestFocus();
                }
            });
        }
    }

    void show(Annotation annotation) {
        boolean statement = annotation != null && annotation.kind().isStatement();
        root.setVisible(statement);
        rationale.show(statement ? annotation : null, statement ? annotation.id() : 0,
                statement && annotation.verification() != null ? annotation.verification().rationale() : null);
        if (!statement) {
            return;
        }
        Verification v = annotation.verification() == null ? Verification.UNCHECKED : annotation.verification();
        showing = true;
        try {
            verdicts.forEach((verdict, button) -> button.setSelected(verdict == v.verdict()));
            statuses.forEach((status, button) -> button.setSelected(status == v.status()));
        } finally {
            showing = false;
        }
        shownCheck = v;
        showReviewed();
    }

    private void showReviewed() {
        Verification v = shownCheck;
        if (v == null) {
            return;
        }
        // the hint to set a name is for an analyst who has none: a check made before it was set stays unsigned
        String unsigned = preferences.reviewer().isEmpty()
                ? " (put your name in Edit ▸ Preferences… to sign your checks)" : ", unsigned";
        reviewed.setText(v.reviewedAt() == null ? "Not reviewed yet"
                : "Reviewed " + WHEN.format(v.reviewedAt()) + (v.reviewer() == null ? unsigned
                : " by " + v.reviewer()));
    }

    /** Saves a rationale being typed before the window lets go of it. */
    void commit() {
        rationale.commit();
    }

    Region node() {
        return root;
    }
}
