package io.sourcemark.ui.shell;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.ui.Subscriptions;
import io.sourcemark.ui.Workspace;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * The last saved change or problem on the left (kept until the next message), the long jobs running, and the open
 * article's counts on the right. While a job runs the bar never says "Ready".
 */
final class StatusBarView {

    private final HBox root = new HBox(10);
    private final Label message = new Label();
    private final javafx.scene.control.Tooltip messageTip = new javafx.scene.control.Tooltip();
    private final Label counts = new Label();
    private final Workspace workspace;
    private final JobsView jobs;
    private final Subscriptions bindings = new Subscriptions();

    StatusBarView(Workspace workspace) {
        this.workspace = workspace;
        this.jobs = new JobsView(workspace.tasks().jobs());
        root.setId("statusBar");
        root.getStyleClass().add("sm-status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(3, 10, 3, 10));
        root.setMinHeight(Region.USE_PREF_SIZE);
        message.setId("statusMessage");
        message.setTextOverrun(OverrunStyle.ELLIPSIS);
        message.setMinWidth(80);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        // a long message is cut to fit the bar: the whole of it is read by pointing at it
        messageTip.setId("statusMessageTip");
        messageTip.setWrapText(true);
        messageTip.setMaxWidth(640);
        message.setTooltip(messageTip);
        counts.setId("annotationCounts");
        counts.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(heightOfAJob(), message, jobs.node(), new Separator(Orientation.VERTICAL), counts);
    }

    /**
     * An unseen job's row, as high as a job's and no wider than nothing: the bar is as high without jobs as with
     * them, so the window does not move (and is not drawn again whole) each time work starts or ends; and the first
     * job does not wait for a progress bar's first styling (tens of milliseconds of the window's thread, as
     * detection begins).
     */
    private static HBox heightOfAJob() {
        HBox strut = JobsView.row();
        // indeterminate, as a job's bar is until its first count: its skin makes that bar's parts now, not as the
        // first job begins; unseen, it does not animate (the window asks for no frames for it)
        ((javafx.scene.control.ProgressBar) strut.getChildren().get(2)).setProgress(-1);
        strut.setVisible(false);
        strut.setMinWidth(0);
        strut.setPrefWidth(0);
        strut.setMaxWidth(0);
        HBox.setMargin(strut, new Insets(0, -10, 0, 0)); // and takes none of the bar's spacing
        return strut;
    }

    void activate() {
        jobs.activate();
        bindings.bind(message.textProperty(), Bindings.createStringBinding(this::messageText,
                workspace.status().textProperty(), workspace.tasks().jobs()));
        bindings.bind(messageTip.textProperty(), message.textProperty());
        bindings.listen(workspace.status().problemProperty(), (obs, old, now) -> problem(now));
        problem(workspace.status().problemProperty().get());
        bindings.bind(counts.textProperty(), Bindings.createStringBinding(() -> counts(workspace.open().annotations()),
                workspace.open().annotations()));
    }

    void deactivate() {
        bindings.dispose();
        jobs.deactivate();
    }

    private String messageText() {
        String text = workspace.status().textProperty().get();
        if (!text.isEmpty()) {
            return text;
        }
        return workspace.tasks().jobs().isEmpty() ? "Ready" : "Working…";
    }

    private void problem(boolean now) {
        root.getStyleClass().remove("sm-problem");
        if (now) {
            root.getStyleClass().add("sm-problem");
        }
    }

    /** One statement per quote or claim the article has, as {@code analyze} counts them, and the speaker mentions. */
    static String counts(List<Annotation> annotations) {
        int quotes = 0;
        int claims = 0;
        int speakers = 0;
        for (Annotation a : annotations) {
            if (a.kind() == Kind.DIRECT_QUOTE || a.kind() == Kind.INDIRECT_QUOTE) {
                quotes++;
            } else if (a.kind() == Kind.CLAIM) {
                claims++;
            } else if (a.kind() == Kind.SPEAKER) {
                speakers++;
            }
        }
        return quotes + (quotes == 1 ? " quote" : " quotes") + "  ·  " + claims + (claims == 1 ? " claim" : " claims")
                + "  ·  " + speakers + (speakers == 1 ? " speaker mention" : " speaker mentions");
    }

    Region node() {
        return root;
    }
}
