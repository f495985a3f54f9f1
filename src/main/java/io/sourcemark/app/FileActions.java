package io.sourcemark.app;

import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.ui.WindowActions;
import io.sourcemark.ui.Workspace;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The File menu: choosing project files and articles to import. */
final class FileActions implements WindowActions {

    private static final Logger LOG = Logger.getLogger(FileActions.class.getName());
    private static final String EXTENSION = ".sourcemark";

    private final SourcemarkApp app;
    private final ArticleImports imports;

    FileActions(SourcemarkApp app) {
        this.app = app;
        this.imports = new ArticleImports(app);
    }

    @Override
    public void newProject() {
        FileChooser chooser = projectChooser("New project");
        chooser.setInitialFileName("project" + EXTENSION);
        File chosen = chooser.showSaveDialog(app.stage());
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        if (!file.getFileName().toString().endsWith(EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + EXTENSION);
        }
        app.create(file);
    }

    @Override
    public void openProject() {
        File chosen = projectChooser("Open project").showOpenDialog(app.stage());
        if (chosen != null) {
            app.switchTo(chosen.toPath());
        }
    }

    @Override
    public void openProject(Path file) {
        app.switchTo(file);
    }

    @Override
    public void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        List<String> patterns = ImporterRegistry.standard().extensions().stream().sorted().map(e -> "*." + e).toList();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles (" + String.join(", ", patterns) + ")", patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(app.stage());
        if (chosen != null && !chosen.isEmpty()) {
            importPaths(chosen.stream().map(File::toPath).toList());
        }
    }

    @Override
    public void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Import a folder of articles");
        File chosen = chooser.showDialog(app.stage());
        if (chosen != null) {
            importPaths(List.of(chosen.toPath()));
        }
    }

    /** Imports as a job, with progress and Cancel in the status bar; opens the first new article. */
    void importPaths(List<Path> files) {
        imports.paths(files);
    }

    @Override
    public void importFromWeb() {
        imports.fromWeb();
    }

    @Override
    public void pasteAsArticle() {
        imports.paste();
    }

    @Override
    public void importDropped(List<Path> files, List<String> addresses) {
        imports.dropped(files, addresses);
    }

    @Override
    public void export() {
        app.exports().export();
    }

    @Override
    public void importAnnotations() {
        app.exports().importAnnotations();
    }

    /**
     * The first run: imports the sample articles as a job, opens the AFP article, then detects in every article,
     * the open one first.
     */
    void importSamples() {
        ProjectSession session = app.session();
        Workspace workspace = app.workspace();
        workspace.tasks().job("Importing the sample articles", progress -> session.imports().importBundledSamples(
                (done, total, current) -> progress.update(done, total,
                        current == null ? "Finishing the import" : "Importing " + current)), first -> {
                    workspace.library().reload();
                    workspace.navigator().open(first);
                    workspace.edits().refreshHistory();
                    workspace.status().saved("Imported the sample articles");
                    if (app.detectsAfterImport() && app.session() == session) {
                        workspace.detection().detectEverywhereStartingWith(first);
                    }
                }, e -> app.alert("The sample articles could not be imported", e));
    }

    private static FileChooser projectChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Sourcemark projects (*" + EXTENSION + ")", "*" + EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    @Override
    public void showDocument(String url) {
        Optional<String> web = WebAddress.of(url);
        if (web.isPresent()) {
            app.browse(web.get());
            return;
        }
        String shown = String.valueOf(url).replaceAll("\\p{Cntrl}", "?");
        LOG.info(() -> "Not opened, not a web address: " + shown);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(app.stage());
        alert.setTitle("Sourcemark");
        alert.setHeaderText("This link was not opened");
        alert.setContentText("Sourcemark opens web addresses (http:// and https://) only. The link is: "
                + shown);
        alert.show();
    }
}
