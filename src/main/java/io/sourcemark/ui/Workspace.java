package io.sourcemark.ui;

import io.sourcemark.service.AnnotationService;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.CheckingServices;
import io.sourcemark.service.CodebookFiles;
import io.sourcemark.service.CodebookService;
import io.sourcemark.service.DetectionService;
import io.sourcemark.service.LinkService;
import io.sourcemark.service.SpeakerService;
import io.sourcemark.service.TagService;
import io.sourcemark.service.SearchService;
import io.sourcemark.service.StatisticsService;
import io.sourcemark.service.UndoHistory;
import io.sourcemark.ui.details.ArticleDetailsViewModel;
import io.sourcemark.ui.inspector.InspectorViewModel;
import io.sourcemark.ui.inspector.LinksSectionModel;
import io.sourcemark.ui.inspector.SpeakerSectionModel;
import io.sourcemark.ui.library.LibraryViewModel;
import io.sourcemark.ui.reader.ReaderViewModel;
import io.sourcemark.ui.speakers.SpeakersViewModel;
import io.sourcemark.ui.search.SearchViewModel;
import io.sourcemark.ui.statistics.StatisticsViewModel;
import io.sourcemark.ui.statements.StatementsViewModel;

/**
 * Everything the window holds for one open project: the state shared by its features (the selection, the open
 * article, the status line, the history's labels), the commands, and each feature's view model. A new project gets a
 * new workspace; nothing here outlives its project.
 */
public final class Workspace {

    private final Tasks tasks;
    private final Selection selection = new Selection();
    private final OpenArticle open = new OpenArticle();
    private final StatusLine status = new StatusLine();
    private final HistoryState history = new HistoryState();
    private final Keymap keymap = new Keymap();
    private final FindHits found = new FindHits();
    private final Navigator navigator;
    private final LibraryViewModel library;
    private final Edits edits;
    private final DetectionCommands detection;
    private final ReaderViewModel reader;
    private final StatementsViewModel statements;
    private final InspectorViewModel inspector;
    private final AnalystPreferences preferences = new AnalystPreferences();
    private final Checking checking;
    private final Picking picking;
    private final Changes changes;
    private final SpeakerSectionModel speakerSection;
    private final LinksSectionModel linksSection;
    private final SpeakersViewModel speakers;
    private final TagCommands tags;
    private final SearchViewModel search;
    private final StatisticsViewModel statistics;
    private final ArticleDetailsViewModel details;

    public Workspace(Tasks tasks, ArticleService articles, AnnotationService annotations, UndoHistory undoHistory,
                     DetectionService detectionService, CheckingServices checkingServices,
                     SpeakerService speakerService, LinkService linkService, Tagging tagging,
                     SearchService searchService, StatisticsService statisticsService) {
        this.tasks = tasks;
        this.navigator = new Navigator(tasks, articles, selection, open, status);
        this.library = new LibraryViewModel(tasks, articles, navigator, selection, status);
        this.edits = new Edits(tasks, annotations, articles, undoHistory, selection, open, library, history, status,
                navigator);
        this.detection = new DetectionCommands(tasks, detectionService, selection, navigator, library, edits, status);
        this.picking = new Picking(selection, status);
        this.changes = new Changes(tasks, navigator, edits, status);
        this.reader = new ReaderViewModel(selection, open, edits, status, picking, found);
        this.statements = new StatementsViewModel(selection, open);
        this.checking = new Checking(tasks, checkingServices, articles, edits, selection, open, library, navigator,
                status, preferences);
        this.tags = new TagCommands(tasks, tagging.codebook(), tagging.tags(), tagging.files(), new Codebook(), open,
                keymap, edits, navigator, status);
        this.inspector = new InspectorViewModel(selection, open, edits, checking, tags);
        this.speakerSection = new SpeakerSectionModel(selection, speakerService, changes, picking);
        Jumps jumps = new Jumps(selection, open, navigator);
        this.linksSection = new LinksSectionModel(selection, linkService, changes, picking, jumps);
        this.speakers = new SpeakersViewModel(open, speakerService, changes, jumps);
        this.search = new SearchViewModel(tasks, searchService, navigator, selection, found, status);
        this.statistics = new StatisticsViewModel(tasks, statisticsService, selection, status);
        this.details = new ArticleDetailsViewModel(tasks, articles, selection, status);
    }

    public Tasks tasks() {
        return tasks;
    }

    public Selection selection() {
        return selection;
    }

    public OpenArticle open() {
        return open;
    }

    public StatusLine status() {
        return status;
    }

    public HistoryState history() {
        return history;
    }

    public Keymap keymap() {
        return keymap;
    }

    public Navigator navigator() {
        return navigator;
    }

    public LibraryViewModel library() {
        return library;
    }

    public Edits edits() {
        return edits;
    }

    public DetectionCommands detection() {
        return detection;
    }

    public ReaderViewModel reader() {
        return reader;
    }

    public StatementsViewModel statements() {
        return statements;
    }

    public AnalystPreferences preferences() {
        return preferences;
    }

    public Checking checking() {
        return checking;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public ArticleDetailsViewModel details() {
        return details;
    }

    public SearchViewModel search() {
        return search;
    }

    public StatisticsViewModel statistics() {
        return statistics;
    }

    public FindHits found() {
        return found;
    }

    public Picking picking() {
        return picking;
    }

    public SpeakerSectionModel speakerSection() {
        return speakerSection;
    }

    public LinksSectionModel linksSection() {
        return linksSection;
    }

    public SpeakersViewModel speakers() {
        return speakers;
    }

    public TagCommands tags() {
        return tags;
    }

    /** The services of the codebook and of tagging, built on the project by the application's wiring. */
    public record Tagging(CodebookService codebook, TagService tags, CodebookFiles files) {
    }
}
