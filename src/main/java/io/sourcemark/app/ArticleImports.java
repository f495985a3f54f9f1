package io.sourcemark.app;

import io.sourcemark.service.ImportReport;
import io.sourcemark.service.ImportService;
import io.sourcemark.service.RefusedFile;
import io.sourcemark.service.WebAddresses;
import io.sourcemark.ui.JobWork;
import io.sourcemark.ui.Workspace;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every way an article comes in from the window: files and folders, web addresses, the clipboard, a drop. Each is a
 * job with "n of N" and Cancel in the status bar; at the end the first new article opens, is analysed, and the
 * inputs refused are listed with their reasons.
 */
final class ArticleImports {

    private final SourcemarkApp app;

    ArticleImports(SourcemarkApp app) {
        this.app = app;
    }

    void paths(List<Path> files) {
        ProjectSession session = app.session();
        run("Importing", session, progress -> session.imports().importPaths(files,
                (done, total, current) -> progress.update(done, total, current == null ? "Finishing the import"
                        : "Importing " + Path.of(current).getFileName()), progress::isCancelled));
    }

    /** Files, folders and addresses dropped on the window: one job, one undo step. */
    void dropped(List<Path> files, List<String> addresses) {
        ProjectSession session = app.session();
        run("Importing", session, progress -> session.imports().importAll(files, addresses,
                (done, total, current) -> progress.update(done, total, current == null ? "Finishing the import"
                        : (WebAddresses.looksLikeAddress(current) ? "Fetching " + current
                        : "Importing " + Path.of(current).getFileName())), progress::isCancelled));
    }

    /** File ▸ Import from web address…: asks for the address, then fetches it as a job. */
    void fromWeb() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(app.stage());
        ask.setTitle("Import from web address");
        ask.setHeaderText("The address of the article's page (http:// or https://)");
        ask.getDialogPane().setId("webAddressDialog");
        ask.getEditor().setId("webAddress");
        ask.getEditor().setPromptText("https://example.com/news/article.html");
        ask.getEditor().setPrefColumnCount(40);
        ask.setOnHidden(e -> {
            String typed = ask.getResult();
            if (typed != null && !typed.isBlank()) {
                address(WebAddresses.completed(typed));
            }
        });
        ask.show();
    }

    void address(String address) {
        ProjectSession session = app.session();
        run("Fetching " + address, session, progress -> session.imports().importUrls(List.of(address),
                (done, total, current) -> progress.update(done, total, current == null ? "Finishing the import"
                        : "Fetching " + current), progress::isCancelled));
    }

    /** Edit ▸ Paste as article: the clipboard's HTML, else its text, becomes an article. */
    void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        String html = clipboard.hasHtml() ? clipboard.getHtml() : null;
        String text = clipboard.hasString() ? clipboard.getString() : null;
        ProjectSession session = app.session();
        run("Pasting as article", session, progress -> session.imports().importClipboard(html, text,
                (done, total, current) -> progress.update(done, total, "Reading the clipboard")));
    }

    private void run(String title, ProjectSession session, JobWork<ImportReport> work) {
        Workspace workspace = app.workspace();
        workspace.tasks().job(title, work, report -> {
            workspace.library().reload();
            workspace.edits().refreshHistory();
            if (!report.imported().isEmpty()) {
                workspace.navigator().open(report.imported().get(0).articleId());
            } else if (!report.duplicates().isEmpty()) {
                workspace.navigator().open(report.duplicates().get(0).articleId());
            }
            workspace.status().announce(summary(report));
            if (report.hasRefusals()) {
                refusals(report.refused());
            }
            // New articles come with their suggestions, detected in the background; when another project replaced
            // this one meanwhile, its detection must not look for them (Detect in every article finds them later).
            if (app.detectsAfterImport() && app.session() == session) {
                workspace.detection().detect(report.imported().stream().map(i -> i.articleId()).toList());
            }
        }, e -> app.alert("The import stopped", e));
    }

    static String summary(ImportReport report) {
        // "Saved" only when something was: an import that brought nothing in saved nothing
        String text = (report.imported().isEmpty() ? "" : "Saved · ") + "Imported "
                + count(report.imported().size(), "article", "articles");
        if (!report.duplicates().isEmpty()) {
            text += ", " + report.duplicates().size() + " already in the project";
        }
        if (report.hasRefusals()) {
            text += ", " + report.refused().size() + " refused";
        }
        return report.cancelled() ? text + " (cancelled)" : text;
    }

    private void refusals(List<RefusedFile> refused) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(app.stage());
        alert.setTitle("Sourcemark");
        alert.getDialogPane().setId("importRefusals");
        alert.setHeaderText(count(refused.size(), "input was", "inputs were") + " not imported");
        // a message that names its input already (an address) is not prefixed with it a second time
        alert.setContentText(refused.stream().map(r -> r.message().startsWith(shown(r.input())) ? r.message()
                : shown(r.input()) + ": " + r.message()).collect(Collectors.joining("\n")));
        alert.show();
    }

    /** A file by its name; an address or the clipboard as it is. */
    private static String shown(String input) {
        if (input.equals(ImportService.CLIPBOARD) || WebAddresses.looksLikeAddress(input)) {
            return input;
        }
        Path name = Path.of(input).getFileName();
        return name == null ? input : name.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
