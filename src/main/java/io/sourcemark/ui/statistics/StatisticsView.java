package io.sourcemark.ui.statistics;

import io.sourcemark.model.Kind;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.SpeakerStatistics;
import io.sourcemark.model.Statistics;
import io.sourcemark.model.Verdict;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.Subscriptions;
import io.sourcemark.ui.VerdictLook;
import io.sourcemark.ui.WebColour;
import io.sourcemark.ui.reader.LayerColours;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Statistics window's content: statements by kind (a pie) and by verdict (bars), review progress, and the top
 * speakers' statements by verdict (stacked bars), for the open article or the library.
 */
public final class StatisticsView {

    /** Names longer than this are cut on the axis (the bars' tooltips give them whole). */
    public static final int NAME_ON_AXIS = 32;
    /** The least height of a chart: its title, its plot and its axis' labels. */
    private static final double CHART_MIN_HEIGHT = 260;
    /** The height each speaker's bar and name take on the speakers' axis, and the rest of that chart. */
    private static final double SPEAKER_ROW = 24;
    private static final double SPEAKERS_CHROME = 110;

    private final StatisticsViewModel model;
    private final VBox root = new VBox(10);
    private final Label heading = new Label();
    private final PieChart byKind = new PieChart();
    private final BarChart<String, Number> byVerdict = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final StackedBarChart<Number, String> speakers = new StackedBarChart<>(new NumberAxis(),
            new CategoryAxis());
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Label statusText = new Label();
    private final Subscriptions bindings = new Subscriptions();
    private boolean dark;
    private Statistics shown;

    public StatisticsView(StatisticsViewModel model) {
        this.model = model;
        root.getStyleClass().add("sm-statistics");
        root.setPadding(new Insets(12));
        ToggleGroup scopes = new ToggleGroup();
        ToggleButton article = new ToggleButton("This article");
        ToggleButton library = new ToggleButton("Library");
        article.setId("statisticsArticle");
        library.setId("statisticsLibrary");
        article.setToggleGroup(scopes);
        library.setToggleGroup(scopes);
        article.getStyleClass().add("left-pill");
        library.getStyleClass().add("right-pill");
        library.setSelected(model.libraryProperty().get());
        article.setSelected(!model.libraryProperty().get());
        scopes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.libraryProperty().set(now == library);
            }
        });
        model.libraryProperty().addListener((obs, old, now) -> (now ? library : article).setSelected(true));
        Button refresh = new Button("Refresh");
        refresh.setId("statisticsRefresh");
        refresh.setOnAction(e -> model.refresh());
        heading.setId("statisticsHeading");
        heading.getStyleClass().add("title-4");
        // a long article title in the heading is cut, not the buttons' words
        for (javafx.scene.control.ButtonBase button : List.of(article, library, refresh)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        heading.setMinWidth(0);
        heading.textProperty().addListener((obs, old, now) -> heading.setTooltip(now == null || now.isEmpty()
                ? null : new javafx.scene.control.Tooltip(now)));
        HBox top = new HBox(8, article, library, refresh, heading);
        top.setAlignment(Pos.CENTER_LEFT);

        byKind.setId("statisticsByKind");
        byKind.setTitle("Statements by kind");
        // a legend, not labels by the slices: labels pile up over each other when slices are thin or the window
        // small, and a legend stays legible at any size
        byKind.setLabelsVisible(false);
        byKind.setLegendVisible(true);
        byKind.setLegendSide(javafx.geometry.Side.BOTTOM);
        byKind.setMinHeight(CHART_MIN_HEIGHT);
        byVerdict.setMinHeight(CHART_MIN_HEIGHT);
        byVerdict.setId("statisticsByVerdict");
        byVerdict.setTitle("Checked statements by verdict");
        byVerdict.setLegendVisible(false);
        byVerdict.setAnimated(false);
        speakers.setId("statisticsSpeakers");
        speakers.setTitle("Top speakers: statements by verdict");
        speakers.setAnimated(false);
        speakers.setCategoryGap(6);
        byKind.setAnimated(false);
        progress.setId("statisticsProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.setId("statisticsProgressText");
        statusText.setId("statisticsStatus");
        statusText.getStyleClass().add("text-muted");
        VBox review = new VBox(6, new Label("Review progress"), progress, progressText, statusText);
        review.getChildren().get(0).getStyleClass().add("title-4");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(byKind, 0, 0);
        grid.add(byVerdict, 1, 0);
        grid.add(review, 0, 1);
        grid.add(speakers, 1, 1);
        // in a small window the charts keep the height their labels need and the page scrolls, rather than the
        // axis leaving out every other speaker's name
        ScrollPane page = new ScrollPane(grid);
        page.setId("statisticsPage");
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        page.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(page, Priority.ALWAYS);
        root.getChildren().addAll(top, page);
    }

    /**
     * "0.4%" rather than "0%" once a check is made, and "99.9%" rather than "100%" while one is left: a whole
     * percent in between.
     */
    static String percent(double share) {
        double percent = 100 * share;
        if (percent > 0 && percent < 0.1) {
            return "under 0.1%";
        }
        if (percent > 0 && percent < 1) {
            return String.format(Locale.ROOT, "%.1f%%", percent);
        }
        if (percent > 99 && percent < 100) {
            return String.format(Locale.ROOT, "%.1f%%", Math.floor(percent * 10) / 10); // never 100% too soon
        }
        return String.format(Locale.ROOT, "%.0f%%", percent);
    }

    public void activate() {
        bindings.listen(model.shownProperty(), (obs, old, now) -> show(now));
        show(model.shownProperty().get());
    }

    public void deactivate() {
        bindings.dispose();
    }

    /** The charts take the colours the window gives kinds and verdicts in this theme. */
    public void dark(boolean on) {
        dark = on;
        show(shown);
    }

    private void show(Statistics figures) {
        shown = figures;
        if (figures == null) {
            return;
        }
        heading.setText(figures.articleId() == 0 ? "The library" : model.articleTitle());
        List<PieChart.Data> kinds = new ArrayList<>();
        // the chart's own palette gave claims green and direct quotes red: each kind takes the article's colour,
        // on its slice and (through the theme's n-th chart colour) on its key in the legend
        List<String> kindColours = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Integer n = figures.byKind().get(kind);
            // mixed quotes are a kind of their own wherever a statement's kind is named: here too
            int shown = n == null ? 0 : kind == Kind.INDIRECT_QUOTE ? n - figures.mixedQuotes() : n;
            if (shown > 0) {
                kinds.add(new PieChart.Data(Names.title(kind) + "s: " + shown, shown));
                kindColours.add(WebColour.of(LayerColours.of(kind, dark)));
            }
            if (kind == Kind.INDIRECT_QUOTE && figures.mixedQuotes() > 0) {
                kinds.add(new PieChart.Data(Names.mixedQuotesTitle() + ": " + figures.mixedQuotes(),
                        figures.mixedQuotes()));
                // drawn as reported speech with quoted words: between the two quotes' colours
                kindColours.add(WebColour.of(LayerColours.of(Kind.INDIRECT_QUOTE, dark)
                        .interpolate(LayerColours.of(Kind.DIRECT_QUOTE, dark), 0.5)));
            }
        }
        byKind.setData(FXCollections.observableArrayList(kinds));
        for (int i = 0; i < kinds.size(); i++) {
            kinds.get(i).getNode().setStyle("-fx-pie-color: " + kindColours.get(i) + ";");
        }
        byKind.setStyle(nthChartColours(kindColours));

        // the verdicts given, not the statements still unchecked: a thousand of those flattened three verdicts to
        // nothing on the same scale (how many are unchecked is the line under the progress bar)
        XYChart.Series<String, Number> verdicts = new XYChart.Series<>();
        for (Verdict verdict : VerdictLook.KEYED) {
            verdicts.getData().add(new XYChart.Data<>(Names.of(verdict), figures.byVerdict().get(verdict)));
        }
        byVerdict.setData(FXCollections.observableArrayList(List.of(verdicts)));
        for (int i = 0; i < verdicts.getData().size(); i++) {
            verdicts.getData().get(i).getNode().setStyle(barFill(VerdictLook.KEYED.get(i)));
        }

        progress.setProgress(figures.progress());
        progressText.setText(String.format(Locale.ROOT, "%d of %d statements checked (%s); %d suggestions to "
                        + "review", figures.checked(), figures.statements(), percent(figures.progress()),
                figures.suggested()));
        statusText.setText("To check " + figures.byStatus().get(ReviewStatus.TO_CHECK) + " · in progress "
                + figures.byStatus().get(ReviewStatus.IN_PROGRESS) + " · done "
                + figures.byStatus().get(ReviewStatus.DONE));

        List<XYChart.Series<Number, String>> byVerdictOfSpeaker = new ArrayList<>();
        List<SpeakerStatistics> top = new ArrayList<>(figures.topSpeakers());
        java.util.Collections.reverse(top); // the category axis draws bottom up: the first speaker on top
        List<String> axisNames = SpeakerAxisNames.of(top.stream().map(SpeakerStatistics::name).toList(),
                NAME_ON_AXIS);
        speakers.setMinHeight(SPEAKERS_CHROME + SPEAKER_ROW * Math.max(1, top.size()));
        List<String> seriesColours = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(Names.of(verdict));
            boolean any = false;
            for (int i = 0; i < top.size(); i++) {
                int n = top.get(i).byVerdict().get(verdict);
                any |= n > 0;
                series.getData().add(new XYChart.Data<>(n, axisNames.get(i)));
            }
            if (any) {
                byVerdictOfSpeaker.add(series);
                seriesColours.add(colour(verdict));
            }
        }
        speakers.setData(FXCollections.observableArrayList(byVerdictOfSpeaker));
        // a bar's tooltip names its speaker whole, as the axis may not
        for (XYChart.Series<Number, String> series : byVerdictOfSpeaker) {
            for (int i = 0; i < top.size(); i++) {
                XYChart.Data<Number, String> bar = series.getData().get(i);
                if (bar.getNode() != null) { // made as the series is added, unless the chart changes that
                    javafx.scene.control.Tooltip.install(bar.getNode(), new javafx.scene.control.Tooltip(top.get(i)
                            .name() + ": " + bar.getXValue() + " " + series.getName().toLowerCase(Locale.ROOT)));
                }
            }
        }
        // the theme colours the n-th series (its bars and its key in the legend) with -color-chart-n: given here
        // per series, each verdict has its own colour whichever verdicts are present
        speakers.setStyle(nthChartColours(seriesColours));
    }

    /** The theme's n-th chart colour ({@code -color-chart-n}, from 1) set to the n-th of {@code colours}. */
    private static String nthChartColours(List<String> colours) {
        StringBuilder style = new StringBuilder();
        for (int i = 0; i < colours.size(); i++) {
            style.append("-color-chart-").append(i + 1).append(": ").append(colours.get(i)).append("; ");
        }
        return style.toString().strip();
    }

    /** A verdict's bar: its colour in the inspector and the reports; grey for not checked. */
    private String barFill(Verdict verdict) {
        return "-fx-bar-fill: " + colour(verdict) + ";";
    }

    private String colour(Verdict verdict) {
        javafx.scene.paint.Color c = VerdictLook.colour(verdict, dark);
        return c == null ? (dark ? "#64748b" : "#94a3b8") : WebColour.of(c);
    }


    public Region node() {
        return root;
    }
}
