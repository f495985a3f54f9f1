package io.sourcemark.ui.export;

import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Kind;
import io.sourcemark.service.ExportChoice;
import io.sourcemark.service.ExportChoice.Format;
import io.sourcemark.service.ExportService;
import io.sourcemark.service.WebAddresses;
import io.sourcemark.ui.AnalystPreferences;
import io.sourcemark.ui.Job;
import io.sourcemark.ui.Selection;
import io.sourcemark.ui.StatusLine;
import io.sourcemark.ui.Tasks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The export dialog's state and commands: format, which articles, what goes in, where; the export runs as a job
 * with progress and Cancel in the status bar. The choices stay for the next export of the same project.
 */
public final class ExportViewModel {

    private final Tasks tasks;
    private final ExportService exports;
    private final Selection selection;
    private final ObservableList<ArticleSummary> listed;
    private final StatusLine status;
    private final AnalystPreferences preferences;

    // Properties
    private final ObjectProperty<Format> format = new SimpleObjectProperty<>(Format.HTML);
    private final IntegerProperty formatIndex = new SimpleIntegerProperty(0);
    private final ObjectProperty<ExportScope> scope = new SimpleObjectProperty<>(ExportScope.THIS_ARTICLE);
    private final StringProperty folder = new SimpleStringProperty(System.getProperty("user.home"));
    private final BooleanProperty oneFile = new SimpleBooleanProperty(false);
    private final BooleanProperty suggestions = new SimpleBooleanProperty(true);
    private final BooleanProperty verdicts = new SimpleBooleanProperty(true);
    private final BooleanProperty notes = new SimpleBooleanProperty(true);
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(false);
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    /** ClaimReview's page of the published report: one article's, so it is not remembered from one run to the next. */
    private final StringProperty publicationUrl = new SimpleStringProperty("");
    private final Map<Kind, BooleanProperty> layers = new EnumMap<>(Kind.class);
    private ExportChoice pending;

    /**
     * @param listed      the library's rows as it lists them now
     * @param preferences the reviewer's name signs the export unless another is typed; the organisation and folder
     *                    of the last export are given again
     */
    public ExportViewModel(Tasks tasks, ExportService exports, Selection selection,
                           ObservableList<ArticleSummary> listed, StatusLine status, AnalystPreferences preferences) {
        this.tasks = tasks;
        this.preferences = preferences;
        this.exports = exports;
        this.selection = selection;
        this.listed = listed;
        this.status = status;
        for (Kind kind : Kind.values()) {
            layers.put(kind, new SimpleBooleanProperty(true));
        }
        formatIndex.addListener((obs, old, now) -> format.set(Format.values()[now.intValue()]));
        if (!preferences.exportFolderProperty().get().isBlank()) {
            folder.set(preferences.exportFolderProperty().get());
        }
        organisation.set(preferences.organisationProperty().get());
        opening();
    }

    /** As the dialog opens: a signature left blank takes the reviewer's name from the preferences (set since). */
    public void opening() {
        if (reviewer.get() == null || reviewer.get().isBlank()) {
            reviewer.set(preferences.reviewer());
        }
    }

    // Commands

    /** The export as chosen, or why it cannot run yet. */
    public Optional<String> problem() {
        if (scope.get() == ExportScope.THIS_ARTICLE && selection.articleId() == 0) {
            return Optional.of("No article is open: choose one in the library, or export every article.");
        }
        if (scope.get() == ExportScope.LISTED && listed.isEmpty()) {
            return Optional.of("The library lists no article: clear its filter, or export every article.");
        }
        if (layers.values().stream().noneMatch(BooleanProperty::get)) {
            return Optional.of("Choose at least one kind of highlight to export.");
        }
        String published = publicationUrl.get() == null ? "" : publicationUrl.get().strip();
        if (format.get() == Format.CLAIMREVIEW && !published.isEmpty()) {
            Optional<String> wrong = WebAddresses.publicationProblem(published);
            if (wrong.isPresent()) {
                return wrong;
            }
            if (count(scope.get()) != 1) {
                return Optional.of("A publication address is one article's report page: export this article alone "
                        + "with it, or leave the address blank.");
            }
        }
        String where = folder.get() == null ? "" : folder.get().strip();
        if (where.isEmpty()) {
            return Optional.of("Choose the folder the files go to.");
        }
        try {
            Path.of(where);
        } catch (InvalidPathException e) {
            return Optional.of("“" + where + "” is not a folder name: " + e.getReason() + ".");
        }
        return Optional.empty();
    }

    /** Whether there is an open article to preview. */
    public boolean canPreview() {
        return selection.articleId() != 0;
    }

    /**
     * Writes the open article's HTML report with the choices made so far and hands the file's address to
     * {@code open} (the system browser), off the FX thread; what stops it goes to {@code refused}.
     */
    public void preview(Consumer<String> open, Consumer<String> refused) {
        ExportChoice chosen = choice();
        long articleId = selection.articleId();
        // told in the dialog, which hides the status bar
        tasks.query(() -> exports.previewFile(chosen, articleId).toUri().toString(), open,
                e -> refused.accept(e instanceof IllegalArgumentException ? e.getMessage()
                        : "The preview could not be made: " + e.getMessage()));
    }

    ExportChoice choice() {
        List<Long> ids = switch (scope.get()) {
            case THIS_ARTICLE -> List.of(selection.articleId());
            case LISTED -> listed.stream().map(ArticleSummary::id).toList();
            case LIBRARY -> List.of();
        };
        Set<Kind> kinds = layers.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        // absolute: remembered for the next run, which may start from another working folder
        return new ExportChoice(format.get(), ids, Path.of(folder.get().strip()).toAbsolutePath(), oneFile.get(),
                false, kinds,
                suggestions.get(), verdicts.get(), notes.get(), byteOrderMark.get(), reviewer.get(),
                organisation.get(), publicationUrl.get());
    }

    /**
     * Takes the export as now chosen and hands the files it would replace to {@code then} on the FX thread (empty:
     * nothing to ask before {@link #run}).
     */
    public void prepare(Consumer<List<Path>> then) {
        ExportChoice chosen = choice();
        pending = chosen;
        tasks.query(() -> exports.existing(chosen), then, status::failed);
    }

    /**
     * Runs the prepared export as a job, with progress and Cancel in the status bar.
     *
     * @param overwrite whether files already there are replaced (else they are left and listed)
     * @param done      told on the FX thread when the export ends
     */
    public Job run(boolean overwrite, Finished done) {
        ExportChoice chosen = overwrite ? pending.overwriting() : pending;
        return tasks.job("Exporting", progress -> exports.export(chosen, (finished, total, current) ->
                        progress.update(finished, total, current == null ? "Finishing the export"
                                : "Exporting “" + current + "”"), progress::isCancelled),
                report -> {
                    String line = ExportSummary.line(report, chosen.folder());
                    if (report.hasProblems() || report.written().isEmpty()) {
                        status.report(line);
                    } else {
                        status.announce(line);
                    }
                    if (!report.written().isEmpty()) {
                        // given again at the next export, in this run and the next: a folder that took files
                        preferences.exportFolderProperty().set(chosen.folder().toString());
                        preferences.organisationProperty().set(organisation.get() == null ? ""
                                : organisation.get().strip());
                    }
                    done.ended(line, ExportSummary.details(report, chosen.folder()),
                            report.written().isEmpty() ? null : chosen.folder());
                }, status::failed);
    }

    /** What the dialog shows at the end of an export. */
    @FunctionalInterface
    public interface Finished {
        /**
         * @param line    the status bar's line
         * @param details the files written, by their names in the folder, and what was left out
         * @param folder  the folder the files went to, absolute; null when none was written
         */
        void ended(String line, String details, Path folder);
    }

    /** The formats as the dialog lists them, in the order of {@link #formatIndexProperty()}. */
    public List<String> formatLabels() {
        return Arrays.stream(Format.values()).map(Format::label).toList();
    }

    /** Whether the chosen format can put every article in one file (CSV). */
    public BooleanBinding oneFileApplies() {
        return Bindings.createBooleanBinding(() -> format.get().canBeOneFile(), format);
    }

    /** Whether the chosen format is ClaimReview, whose reviews can be given the published report's address. */
    public BooleanBinding publicationUrlApplies() {
        return Bindings.createBooleanBinding(() -> format.get() == Format.CLAIMREVIEW, format);
    }

    /** Whether the chosen format is CSV, where a byte-order mark is an option. */
    public BooleanBinding byteOrderMarkApplies() {
        return oneFileApplies();
    }

    // Properties

    public IntegerProperty formatIndexProperty() {
        return formatIndex;
    }

    public ObjectProperty<ExportScope> scopeProperty() {
        return scope;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public BooleanProperty oneFileProperty() {
        return oneFile;
    }

    public BooleanProperty suggestionsProperty() {
        return suggestions;
    }

    public BooleanProperty verdictsProperty() {
        return verdicts;
    }

    public BooleanProperty notesProperty() {
        return notes;
    }

    public BooleanProperty byteOrderMarkProperty() {
        return byteOrderMark;
    }

    public StringProperty reviewerProperty() {
        return reviewer;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty publicationUrlProperty() {
        return publicationUrl;
    }

    public BooleanProperty layerProperty(Kind kind) {
        return layers.get(kind);
    }

    /** How many articles each scope takes now, for the dialog's labels. */
    public int count(ExportScope of) {
        return switch (of) {
            case THIS_ARTICLE -> selection.articleId() == 0 ? 0 : 1;
            case LISTED -> listed.size();
            case LIBRARY -> -1;
        };
    }

    /** The open article's title, or null. */
    public String openTitle() {
        return selection.article() == null ? null : selection.article().meta().title();
    }
}
