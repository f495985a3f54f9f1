package io.sourcemark.analysis.eval;

import java.util.List;

/** One line of a gold or prediction file: an article id, its text (null in predictions) and its attributions. */
public record ArticleAttributions(String id, String text, List<Attribution> quotes) {

    public ArticleAttributions {
        quotes = List.copyOf(quotes);
    }
}
