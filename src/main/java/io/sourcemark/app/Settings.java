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
 * @param organisation   the organisation that signs exported reports; null when not given
 * @param exportFolder   the folder the last export went to; null for the home folder
 * @param window         where the main window was and how large, as the analyst left it; null for the default
 * @param dividers       where the analyst left the dividers of the main window's panes, as fractions: the library's
 *                       right edge, the side column's left edge, the line between the side tabs and the inspector;
 *                       empty for the default
 */
record Settings(boolean dark, int zoom, List<String> recentProjects, Map<String, Long> lastArticles,
                String reviewer, Double claimThreshold, String libraryOrder, String organisation,
                String exportFolder, WindowPlace window, List<Double> dividers) {

    static final int MAX_RECENT = 10;

    static final Settings DEFAULTS = new Settings(false, 100, List.of(), Map.of(), null, 0.0, null, null, null,
            null, List.of());

    Settings {
        recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
        lastArticles = lastArticles == null ? Map.of() : Map.copyOf(lastArticles);
        // a hand-edited file may hold anything: out of range or not a number reads as "every claim"
        claimThreshold = claimThreshold == null || !(claimThreshold >= 0) ? 0.0 : Math.min(1.0, claimThreshold);
        window = window == null || !window.usable() ? null : window;
        dividers = dividers == null || !usableDividers(dividers) ? List.of() : List.copyOf(dividers);
    }

    /** Three fractions strictly inside (0, 1), the two of the columns in order; anything else is the default. */
    private static boolean usableDividers(List<Double> dividers) {
        return dividers.size() == 3 && dividers.stream().allMatch(d -> d != null && d > 0 && d < 1)
                && dividers.get(0) < dividers.get(1);
    }

    // One field changed, the others kept: each change the window remembers is one of these.

    Settings withDark(boolean value) {
        return new Settings(value, zoom, recentProjects, lastArticles, reviewer, claimThreshold, libraryOrder,
                organisation, exportFolder, window, dividers);
    }

    Settings withZoom(int value) {
        return new Settings(dark, value, recentProjects, lastArticles, reviewer, claimThreshold, libraryOrder,
                organisation, exportFolder, window, dividers);
    }

    Settings withRecentProjects(List<String> value) {
        return new Settings(dark, zoom, value, lastArticles, reviewer, claimThreshold, libraryOrder, organisation,
                exportFolder, window, dividers);
    }

    Settings withLastArticles(Map<String, Long> value) {
        return new Settings(dark, zoom, recentProjects, value, reviewer, claimThreshold, libraryOrder, organisation,
                exportFolder, window, dividers);
    }

    Settings withReviewer(String value) {
        return new Settings(dark, zoom, recentProjects, lastArticles, value, claimThreshold, libraryOrder, organisation,
                exportFolder, window, dividers);
    }

    Settings withClaimThreshold(double value) {
        return new Settings(dark, zoom, recentProjects, lastArticles, reviewer, value, libraryOrder, organisation,
                exportFolder, window, dividers);
    }

    Settings withLibraryOrder(String value) {
        return new Settings(dark, zoom, recentProjects, lastArticles, reviewer, claimThreshold, value, organisation,
                exportFolder, window, dividers);
    }

    Settings withOrganisation(String value) {
        return new Settings(dark, zoom, recentProjects, lastArticles, reviewer, claimThreshold, libraryOrder, value,
                exportFolder, window, dividers);
    }

    Settings withExportFolder(String value) {
        return new Settings(dark, zoom, recentProjects, lastArticles, reviewer, claimThreshold, libraryOrder,
                organisation, value, window, dividers);
    }

    Settings withWindow(WindowPlace value) {
        return new Settings(dark, zoom, recentProjects, lastArticles, reviewer, claimThreshold, libraryOrder,
                organisation, exportFolder, value, dividers);
    }

    Settings withDividers(List<Double> value) {
        return new Settings(dark, zoom, recentProjects, lastArticles, reviewer, claimThreshold, libraryOrder,
                organisation, exportFolder, window, value);
    }

    /** The main window's place on the screen and its size; {@code maximized} wins over the size when set. */
    record WindowPlace(double x, double y, double width, double height, boolean maximized) {

        /** Smaller than a window can be, or not numbers (a hand-edited file): the default place is used. */
        boolean usable() {
            return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                    && width >= 200 && height >= 150;
        }
    }
}
