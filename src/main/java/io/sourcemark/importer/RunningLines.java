package io.sourcemark.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops what a PDF repeats on its pages around the article: a line at the top or bottom of a page that recurs on
 * most pages (its digits aside: "Page 3 of 7", "The Daily Post — 5 March"), and page numbers alone on an edge line.
 */
final class RunningLines {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page|p\\.|seite)?\\s*[-–—(\\[]?\\s*\\d{1,4}\\s*[-–—)\\]]?(?:\\s*(?:/|of|von)\\s*\\d{1,4})?");
    /** Lines looked at on each edge of a page. */
    private static final int EDGE_LINES = 2;

    private RunningLines() {
    }

    static List<List<PdfLine>> drop(List<List<PdfLine>> pages) {
        Map<String, Integer> topCounts = new HashMap<>();
        Map<String, Integer> bottomCounts = new HashMap<>();
        for (List<PdfLine> page : pages) {
            top(page).forEach(line -> topCounts.merge(key(line), 1, Integer::sum));
            bottom(page).forEach(line -> bottomCounts.merge(key(line), 1, Integer::sum));
        }
        int recurring = Math.max(2, (pages.size() + 1) / 2);
        List<List<PdfLine>> kept = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            List<PdfLine> top = top(page);
            List<PdfLine> bottom = bottom(page);
            List<PdfLine> lines = new ArrayList<>();
            for (PdfLine line : page) {
                boolean atTop = top.contains(line);
                boolean atBottom = bottom.contains(line);
                boolean running = atTop && topCounts.get(key(line)) >= recurring
                        || atBottom && bottomCounts.get(key(line)) >= recurring
                        || (atTop || atBottom) && PAGE_NUMBER.matcher(line.text()).matches();
                if (!running) {
                    lines.add(line);
                }
            }
            kept.add(lines);
        }
        return kept;
    }

    private static List<PdfLine> top(List<PdfLine> page) {
        return page.stream().sorted(Comparator.comparingDouble(PdfLine::top)).limit(EDGE_LINES).toList();
    }

    private static List<PdfLine> bottom(List<PdfLine> page) {
        return page.stream().sorted(Comparator.comparingDouble((PdfLine l) -> l.top()).reversed()).limit(EDGE_LINES)
                .toList();
    }

    private static String key(PdfLine line) {
        return line.text().replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
