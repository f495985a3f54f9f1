package io.sourcemark.ui.shell;

import io.sourcemark.ui.Job;
import io.sourcemark.ui.Subscriptions;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The long jobs running now, each with its name and "n of N", a progress bar and its own Cancel, side by side in
 * the status bar. Nothing here shrinks below what it needs to be read.
 */
final class JobsView {

    private final HBox root = new HBox(12);
    private final ObservableList<Job> jobs;
    private final Subscriptions bindings = new Subscriptions();

    JobsView(ObservableList<Job> jobs) {
        this.jobs = jobs;
        root.setId("jobs");
        root.setAlignment(Pos.CENTER_RIGHT);
        root.setMinWidth(Region.USE_PREF_SIZE);
    }

    void activate() {
        bindings.listen(jobs, (ListChangeListener<Job>) c -> show());
        show();
    }

    void deactivate() {
        bindings.dispose();
    }

    private void show() {
        root.getChildren().setAll(jobs.stream().map(JobsView::row).toList());
    }

    private static HBox row(Job job) {
        HBox row = row();
        Label message = (Label) row.getChildren().get(0);
        message.textProperty().bind(job.messageProperty());
        message.setTooltip(new Tooltip(job.title()));
        ((Label) row.getChildren().get(1)).textProperty().bind(job.countProperty());
        ((ProgressBar) row.getChildren().get(2)).progressProperty().bind(job.progressProperty());
        Button cancel = (Button) row.getChildren().get(3);
        cancel.setOnAction(e -> {
            job.cancel();
            cancel.setDisable(true);
            cancel.setText("Stopping…");
        });
        cancel.setId("cancelWork");
        return row;
    }

    /**
     * A job's row with no job in it: its name, its count, a progress bar at 0 and Cancel, laid out as a job's. The
     * status bar keeps one unseen, so that its height is a job's and the controls of a row are styled and skinned
     * while the window is built rather than when the first job starts.
     */
    static HBox row() {
        Label message = new Label();
        message.getStyleClass().add("sm-job-message");
        message.setMaxWidth(360);
        message.setMinWidth(120);
        Label count = new Label();
        count.getStyleClass().add("sm-job-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(110);
        bar.setMinWidth(110);
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("small");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setFocusTraversable(false);
        HBox row = new HBox(6, message, count, bar, cancel);
        row.getStyleClass().add("sm-job");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    Region node() {
        return root;
    }
}
