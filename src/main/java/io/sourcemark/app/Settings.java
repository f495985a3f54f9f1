package io.sourcemark.app;

import java.util.List;
import java.util.Map;

/**
 * What the window remembers between runs.
 *
 * @param dark           the dark theme is on
 * @param zoom           the article's zoom in percent
 * @param recentProjects most recent first, as absolute paths
 * @param lastArticles   per project path, the id of the article viewed last
 * @param reviewer       the analyst's name, recorded with each verdict; null or blank when not set
 * @param claimThreshold the lowest score of the suggested claims drawn, in [0, 1] (absent in older files: 0)
 * @param libraryOrder   the name of the library's order last chosen; null for the default (by title)
 */
record Settings(boolean dark, int zoom, List<String> recentProjects, Map<String, Long> lastArticles,
                String reviewer, Double claimThreshold, String libraryOrder) {

    static final int MAX_RECENT = 10;

    static final Settings DEFAULTS = new Settings(false, 100, List.of(), Map.of(), null, 0.0, null);

    Settings {
        recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
        lastArticles = lastArticles == null ? Map.of() : Map.copyOf(lastArticles);
        // a hand-edited file may hold anything: out of range or not a number reads as "every claim"
        claimThreshold = claimThreshold == null || !(claimThreshold >= 0) ? 0.0 : Math.min(1.0, claimThreshold);
    }

    // One field changed, the others kept: each change the window remembers is one of these.

    Settings withDark(boolean value) {
        return new Settings(value, zoom, recentProjects, lastArticles, reviewer, claimThreshold, libraryOrder);
    }

    Settings withZoom(int value) {
        return new Settings(dark, value, recentProjects, lastArticles, reviewer, claimThreshold, libraryOrder);
    }

    Settings withRecentProjects(List<String> value) {
        return new Settings(dark, zoom, value, lastArticles, reviewer, claimThreshold, libraryOrder);
    }

    Settings withLastArticles(Map<String, Long> value) {
        return new Settings(dark, zoom, recentProjects, value, reviewer, claimThreshold, libraryOrder);
    }

    Settings withReviewer(String value) {
        return new Settings(dark, zoom, recentProjects, lastArticles, value, claimThreshold, libraryOrder);
    }

    Settings withClaimThreshold(double value) {
        return new Settings(dark, zoom, recentProjects, lastArticles, reviewer, value, libraryOrder);
    }

    Settings withLibraryOrder(String value) {
        return new Settings(dark, zoom, recentProjects, lastArticles, reviewer, claimThreshold, value);
    }
}
