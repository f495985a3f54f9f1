package io.sourcemark.ui.shell;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;
import io.sourcemark.ui.DisplaySettings;
import io.sourcemark.ui.Keymap;
import io.sourcemark.ui.Keymap.Command;
import io.sourcemark.ui.Keys;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.VerdictLook;
import io.sourcemark.ui.WindowActions;
import io.sourcemark.ui.Workspace;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every command of the window bound to its key in the workspace's keymap, once; the menus, the toolbar and the
 * context menu show these commands, so a key and its command are written in one place only.
 */
final class WindowCommands {

    final Command newProject;
    final Command openProject;
    final Command importFiles;
    final Command pasteAsArticle;
    final Command export;
    final Command quit;
    final Command undo;
    final Command redo;
    final Command redoAlternative;
    final Command delete;
    final Command accept;
    final Command acceptByEnter;
    final Command reject;
    final Command next;
    final Command previous;
    final Command deselect;
    final Command detectAgain;
    final Command detectEverywhere;
    final Command zoomIn;
    final Command zoomInPlus;
    final Command zoomInAdd;
    final Command zoomOut;
    final Command zoomOutSubtract;
    final Command resetZoom;
    final Command linkSpeaker;
    final Command linkTo;
    final Command findInArticle;
    final Command searchLibrary;
    final Command nextHit;
    final Command previousHit;
    final Command statistics;
    final Map<Kind, Command> mark = new EnumMap<>(Kind.class);
    final Map<Verdict, Command> verdicts = new EnumMap<>(Verdict.class);
    final Map<ReviewStatus, Command> statuses = new EnumMap<>(ReviewStatus.class);

    private final Workspace workspace;

    WindowCommands(Workspace workspace, DisplaySettings display, WindowActions actions) {
        this.workspace = workspace;
        Keymap keys = workspace.keymap();
        newProject = keys.bind("New project…", Keys.NEW_PROJECT, actions::newProject);
        openProject = keys.bind("Open project…", Keys.OPEN_PROJECT, actions::openProject);
        importFiles = keys.bind("Import files…", Keys.IMPORT, actions::importFiles);
        pasteAsArticle = keys.bind("Paste as article", Keys.PASTE_AS_ARTICLE, actions::pasteAsArticle);
        export = keys.bind("Export…", Keys.EXPORT, actions::export);
        quit = keys.bind("Quit", Keys.QUIT, actions::quit);
        undo = keys.bind("Undo", Keys.UNDO, workspace.edits()::undo);
        redo = keys.bind("Redo", Keys.REDO, workspace.edits()::redo);
        redoAlternative = keys.bind("Redo", Keys.REDO_ALT, workspace.edits()::redo);
        delete = keys.bind("Delete highlight", Keys.DELETE, () -> onSelected(workspace.edits()::delete));
        accept = keys.bind("Accept suggestion", Keys.ACCEPT, this::acceptSelected);
        acceptByEnter = keys.bind("Accept suggestion", Keys.ACCEPT_ENTER, this::acceptSelected);
        reject = keys.bind("Reject suggestion", Keys.REJECT, this::rejectSelected);
        next = keys.bind("Next statement", Keys.NEXT, workspace.statements()::next);
        previous = keys.bind("Previous statement", Keys.PREVIOUS, workspace.statements()::previous);
        deselect = keys.bind("Deselect", Keys.DESELECT, workspace.reader()::deselect);
        detectAgain = keys.bind("Detect again in this article", Keys.DETECT_AGAIN,
                workspace.detection()::detectInOpenArticle);
        detectEverywhere = keys.bind("Detect in every article", Keys.DETECT_EVERYWHERE,
                workspace.detection()::detectEverywhere);
        zoomIn = keys.bind("Zoom in", Keys.ZOOM_IN, display::zoomIn);
        zoomInPlus = keys.bind("Zoom in", Keys.ZOOM_IN_PLUS, display::zoomIn);
        zoomInAdd = keys.bind("Zoom in", Keys.ZOOM_IN_ADD, display::zoomIn);
        zoomOut = keys.bind("Zoom out", Keys.ZOOM_OUT, display::zoomOut);
        zoomOutSubtract = keys.bind("Zoom out", Keys.ZOOM_OUT_SUBTRACT, display::zoomOut);
        resetZoom = keys.bind("Reset zoom", Keys.ZOOM_RESET, display::resetZoom);
        // short enough for the status bar beside a running job (the status keys' names are in the Verify menu and the
        // buttons' tooltips: named here, they were cut at 1,280 pixels); another key gives no verdict
        // 0 first, in the keys' order: in a narrow window the end of the line is what is cut
        Runnable verdictHint = () -> workspace.status().announce("Verdict: 0 not checked, 1 true, 2 mostly true, "
                + "3 mixed, 4 mostly false, 5 false, 6 misleading, 7 unverifiable · status T, P, D");
        for (Verdict verdict : Verdict.values()) {
            int digit = VerdictLook.KEYED.indexOf(verdict) + 1;
            for (var second : Keys.digit(digit)) {
                verdicts.put(verdict, keys.bindChord("Verdict: " + Names.of(verdict), Keys.VERDICT, second,
                        () -> workspace.checking().setVerdict(verdict), verdictHint));
            }
        }
        // the review status has keys of its own too, after the same V: a check is done from the keyboard
        for (ReviewStatus status : ReviewStatus.values()) {
            statuses.put(status, keys.bindChord("Review status: " + Names.of(status), Keys.VERDICT,
                    Keys.reviewStatus(status), () -> workspace.checking().setStatus(status), verdictHint));
        }
        // the hint does not stay up as if the key were still awaited
        keys.whenChordGivenUp(Keys.VERDICT, () -> workspace.status().announce("No verdict given: V then a digit "
                + "from 0 to 7 sets one, V then T, P or D the review status."));
        linkSpeaker = keys.bind("Link to speaker mention…", Keys.LINK_SPEAKER,
                workspace.speakerSection()::pickMention);
        linkTo = keys.bind("Link to…", Keys.LINK_TO, workspace.linksSection()::startLink);
        findInArticle = keys.bind("Find in article", Keys.FIND_ARTICLE, workspace.search()::findInArticle);
        searchLibrary = keys.bind("Search the library", Keys.SEARCH_LIBRARY, workspace.search()::searchLibrary);
        nextHit = keys.bind("Next hit", Keys.NEXT_HIT, workspace.search()::next);
        previousHit = keys.bind("Previous hit", Keys.PREVIOUS_HIT, workspace.search()::previous);
        statistics = keys.bind("Statistics…", Keys.STATISTICS, workspace.statistics()::show);
        for (Kind kind : Names.MARKED_KINDS) {
            mark.put(kind, keys.bind("Mark as " + Names.of(kind), Keys.annotate(kind),
                    () -> workspace.reader().annotateSelection(kind)));
        }
    }

    private void acceptSelected() {
        onSuggestion(workspace.edits()::accept);
    }

    private void rejectSelected() {
        onSuggestion(workspace.edits()::reject);
    }

    private void onSelected(Consumer<Annotation> action) {
        Annotation selected = workspace.selection().annotation();
        if (selected == null) {
            workspace.status().report("Select a highlight first (click it in the article or the list).");
            return;
        }
        action.accept(selected);
    }

    /** Why Accept or Reject does nothing to {@code selected}, and what to do instead. */
    static String notASuggestion(Annotation selected) {
        return switch (selected.origin()) {
            case CONFIRMED -> "This highlight was accepted already: Delete removes it.";
            case MANUAL -> "This highlight was marked by hand, not suggested: there is nothing to accept or reject. "
                    + "Delete removes it.";
            case REJECTED -> "This suggestion was rejected already: it stays out of the article.";
            case DETECTED -> "";
        };
    }

    private void onSuggestion(Consumer<Annotation> action) {
        Annotation selected = workspace.selection().annotation();
        if (selected == null || selected.origin() != Origin.DETECTED) {
            workspace.status().report(selected == null ? "Select a suggestion first." : notASuggestion(selected));
            return;
        }
        action.accept(selected);
    }
}
