package io.sourcemark.ui.speakers;

import io.sourcemark.model.ArticleStatements;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerOverview;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.service.SpeakerService;
import io.sourcemark.ui.Changes;
import io.sourcemark.ui.Jumps;
import io.sourcemark.ui.OpenArticle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The Speakers tab: the open article's speakers or the whole project's, with their statements counted; editing,
 * merging and splitting them; and who said what — the selected speaker's statements across the library.
 */
public final class SpeakersViewModel {

    private final OpenArticle open;
    private final SpeakerService speakers;
    private final Changes changes;
    private final Jumps jumps;

    // Properties
    private final ObservableList<SpeakerOverview> rows = FXCollections.observableArrayList();
    private final ObservableList<SpeakerOverview> mergeable = FXCollections.observableArrayList();
    private final ObservableList<ArticleStatements> said = FXCollections.observableArrayList();
    private final BooleanProperty wholeProject = new SimpleBooleanProperty(false);
    /** Whether a form about the chosen speaker is open (edit, merge, split): they stay chosen while it is. */
    private final BooleanProperty formOpen = new SimpleBooleanProperty(false);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<SpeakerOverview> chosen = new SimpleObjectProperty<>();
    /** The speaker whose statements {@link #said} holds once they are read; null while none are. */
    private final ObjectProperty<Speaker> saidOf = new SimpleObjectProperty<>();
    private List<SpeakerOverview> everyone = List.of();
    /** The open article's speakers, each with the number of their statements in it. */
    private Map<Long, Integer> inArticle = Map.of();
    private long requests;

    public SpeakersViewModel(OpenArticle open, SpeakerService speakers, Changes changes, Jumps jumps) {
        this.open = open;
        this.speakers = speakers;
        this.changes = changes;
        this.jumps = jumps;
        wholeProject.addListener((obs, old, now) -> narrowed());
        filter.addListener((obs, old, now) -> narrowed());
        formOpen.addListener((obs, old, now) -> narrowed());
    }

    /**
     * The rows again after the analyst narrowed them; a chosen speaker no longer among them is let go, so that Edit,
     * Merge and Split never act on someone the list does not show. Not while a form about them is open: there the
     * filter finds the speaker to merge in, and the form names whom it acts on.
     */
    private void narrowed() {
        filterRows();
        SpeakerOverview kept = chosen.get();
        if (kept != null && !formOpen.get() && rows.stream().noneMatch(o -> o.speaker().id() == kept.speaker().id())) {
            choose(null);
        }
    }

    // Commands

    /** Reads the speakers again (after a change, another article opened); the chosen one stays chosen. */
    public void reload() {
        long articleId = open.articleId();
        long request = ++requests;
        changes.read(() -> new Read(speakers.speakers(), articleId == 0 ? Map.of()
                : speakers.speakersIn(articleId)), read -> {
                    if (request != requests) {
                        return;
                    }
                    everyone = read.speakers();
                    inArticle = read.inArticle();
                    filterRows();
                    SpeakerOverview kept = chosen.get();
                    // the row the list shows (with this article's count) when there is one
                    choose(kept == null ? null : Stream.concat(rows.stream(), everyone.stream())
                            .filter(o -> o.speaker().id() == kept.speaker().id()).findFirst().orElse(null));
                });
    }

    /** Selects a speaker and lists what they said across the library. */
    public void choose(SpeakerOverview speaker) {
        chosen.set(speaker);
        filterMergeable();
        if (speaker == null) {
            said.clear();
            saidOf.set(null);
            return;
        }
        long id = speaker.speaker().id();
        changes.read(() -> speakers.statementsOf(id), groups -> {
            if (chosen.get() != null && chosen.get().speaker().id() == id) {
                said.setAll(groups);
                saidOf.set(chosen.get().speaker());
            }
        });
    }

    /** Saves the speaker as edited; {@code saved} runs once it is, not when it is refused (a name taken). */
    /** @param refused gets the reason when the edit is refused (a name another speaker has), to show in the form */
    public void edit(Speaker edited, Runnable saved, Consumer<String> refused) {
        changes.run(() -> speakers.edit(edited), "Edited the speaker " + edited.name().strip(), s -> {
            reload();
            saved.run();
        }, refused);
    }

    /** Merges {@code merged} into the chosen speaker, who keeps their name. */
    public void mergeIntoChosen(Speaker merged) {
        SpeakerOverview kept = chosen.get();
        if (kept == null || merged == null) {
            changes.report("Choose the speaker to keep in the list, then the one to merge into them.");
            return;
        }
        changes.run(() -> speakers.merge(kept.speaker().id(), merged.id()), "Merged " + merged.name() + " into "
                + kept.speaker().name(), s -> reload());
    }

    public void splitAlias(String alias) {
        SpeakerOverview from = chosen.get();
        if (from == null || alias == null) {
            changes.report("Choose a speaker and one of their aliases first.");
            return;
        }
        changes.run(() -> speakers.splitAlias(from.speaker().id(), alias), "Split " + alias + " off "
                + from.speaker().name(), s -> reload());
    }

    /** Opens the statement's article with the statement selected. */
    public void open(StatementInArticle statement) {
        jumps.to(statement.articleId(), statement.annotationId());
    }

    private String needle() {
        return filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
    }

    private void filterRows() {
        String needle = needle();
        // "This article" counts the statements made in it; "All speakers" those of the whole library
        rows.setAll(everyone.stream()
                .filter(o -> wholeProject.get() || inArticle.containsKey(o.speaker().id()))
                .map(o -> wholeProject.get() ? o : new SpeakerOverview(o.speaker(), inArticle.get(o.speaker().id())))
                .filter(o -> needle.isEmpty() || matches(o.speaker(), needle)).toList());
        filterMergeable();
    }

    /**
     * The speakers that can be merged into the chosen one: every other speaker of the project that the filter's
     * words match, so that in a project of hundreds the analyst finds one by typing a part of the name or alias.
     */
    private void filterMergeable() {
        String needle = needle();
        SpeakerOverview kept = chosen.get();
        mergeable.setAll(everyone.stream().filter(o -> kept == null || o.speaker().id() != kept.speaker().id())
                .filter(o -> needle.isEmpty() || matches(o.speaker(), needle)).toList());
    }

    private static boolean matches(Speaker speaker, String needle) {
        return speaker.name().toLowerCase(Locale.ROOT).contains(needle)
                || speaker.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(needle));
    }

    // Properties

    public ObservableList<SpeakerOverview> rows() {
        return rows;
    }

    /** Every speaker of the project but the chosen one that the filter matches, for the merge list. */
    public ObservableList<SpeakerOverview> mergeable() {
        return mergeable;
    }

    public ObservableList<ArticleStatements> said() {
        return said;
    }

    public javafx.beans.value.ObservableValue<Speaker> saidOfProperty() {
        return saidOf;
    }

    public BooleanProperty formOpenProperty() {
        return formOpen;
    }

    public BooleanProperty wholeProjectProperty() {
        return wholeProject;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<SpeakerOverview> chosenProperty() {
        return chosen;
    }

    public OpenArticle open() {
        return open;
    }

    private record Read(List<SpeakerOverview> speakers, Map<Long, Integer> inArticle) {
    }
}
