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
 */
record Settings(boolean dark, int zoom, List<String> recentProjects, Map<String, Long> lastArticles) {

    static final int MAX_RECENT = 10;

    static final Settings DEFAULTS = new Settings(false, 100, List.of(), Map.of());

    Settings {
        recentProjects = recentProjects == null ? List.of() : List.copyOf(recentProjects);
        lastArticles = lastArticles == null ? Map.of() : Map.copyOf(lastArticles);
    }
}
