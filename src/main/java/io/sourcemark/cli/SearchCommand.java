package io.sourcemark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.model.LibraryHit;
import io.sourcemark.service.Project;
import io.sourcemark.service.ProjectUnavailableException;
import io.sourcemark.service.SearchResults;
import io.sourcemark.service.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sourcemark search --project FILE QUERY…}: the library's search, as the window's Ctrl+Shift+F gives it. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"Searches a project's articles, statements, notes and speakers and prints the hits, best "
                + "first: the article, what matched, the offsets in the article's body (UTF-16, half-open) and a "
                + "snippet with the matched words in [brackets]. Every word must occur; the last may be unfinished; "
                + "\"quoted words\" are a phrase; other query syntax is read as words.",
                "Exit codes: 0 searched (with or without hits), 1 the project cannot be used."})
final class SearchCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "PATH", description = "The project file.")
    private Path project;

    @Option(names = "--json", description = "One JSON object: the query, the hits and the message.")
    private boolean asJson;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N hits (default 50).")
    private int limit;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The words to search for.")
    private List<String> words;

    SearchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(project)) {
            // a search never makes a project: a mistyped path would leave an empty one behind
            err.println("There is no project at " + project + ".");
            return ExitCodes.CANNOT_RUN;
        }
        if (limit < 1) {
            err.println("--limit must be at least 1.");
            return ExitCodes.USAGE;
        }
        try (Project opened = Project.open(project)) {
            SearchResults results = new SearchService(opened).search(String.join(" ", words), limit);
            if (asJson) {
                out.println(json(results));
            } else {
                text(results);
            }
            return ExitCodes.OK;
        } catch (ProjectUnavailableException e) {
            err.println(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
    }

    private void text(SearchResults results) {
        for (LibraryHit hit : results.hits()) {
            String where = hit.range() == null ? "" : "  " + hit.range().start() + "-" + hit.range().end();
            String article = hit.articleId() == 0 ? "(in no article)" : hit.articleTitle();
            out.println(article + "  ·  " + hit.what() + where);
            out.println("    " + bracketed(hit.snippet()).replace('\n', ' '));
        }
        if (!results.message().isEmpty()) {
            out.println(results.message());
        }
        out.println(results.hits().size() == 1 ? "1 hit" : results.hits().size() + " hits");
    }

    private static String json(SearchResults results) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("query", results.query());
        ArrayNode hits = root.putArray("hits");
        for (LibraryHit hit : results.hits()) {
            ObjectNode node = hits.addObject();
            if (hit.articleId() == 0) {
                node.putNull("article_id");
            } else {
                node.put("article_id", hit.articleId());
            }
            node.put("article_title", hit.articleTitle());
            node.put("kind", hit.what());
            if (hit.annotationId() == 0) {
                node.putNull("annotation_id");
            } else {
                node.put("annotation_id", hit.annotationId());
            }
            if (hit.range() == null) {
                node.putNull("start");
                node.putNull("end");
            } else {
                node.put("start", hit.range().start());
                node.put("end", hit.range().end());
            }
            node.put("snippet", hit.plainSnippet());
            node.put("snippet_marked", bracketed(hit.snippet()));
        }
        root.put("message", results.message());
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A search result could not be written as JSON", e);
        }
    }

    private static String bracketed(String snippet) {
        return snippet.replace(LibraryHit.MATCH_START, '[').replace(LibraryHit.MATCH_END, ']');
    }
}
