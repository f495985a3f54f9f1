package io.sourcemark.app;

import io.sourcemark.ui.Workspace;
import io.sourcemark.ui.export.AnnotationImportViewModel;
import io.sourcemark.ui.export.ExportView;
import io.sourcemark.ui.export.ExportViewModel;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** File ▸ Export… and File ▸ Import annotations…, on the open project. */
final class ExportActions {

    private final SourcemarkApp app;
    /** The dialog's choices stay for the next export of the same project. */
    private ExportViewModel exportModel;
    private Workspace exportWorkspace;

    ExportActions(SourcemarkApp app) {
        this.app = app;
    }

    void export() {
        Workspace workspace = app.workspace();
        if (exportModel == null || exportWorkspace != workspace) {
            exportModel = new ExportViewModel(workspace.tasks(), app.session().exports(), workspace.selection(),
                    workspace.library().rows(), workspace.status(), workspace.preferences());
            exportWorkspace = workspace;
        } else {
            exportModel.opening();
        }
        // the preview is a local file the application wrote, not a web address: it opens without the web check
        new ExportView(exportModel, app.stage(), app::browse).show();
    }

    void importAnnotations() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import annotations (W3C Web Annotation or brat)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("W3C JSON-LD and brat (" + String.join(", ",
                        AnnotationImportViewModel.patterns()) + ")", AnnotationImportViewModel.patterns()),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(app.stage());
        if (chosen != null && !chosen.isEmpty()) {
            importAnnotations(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Merges the files as a job, then shows the merge report. */
    void importAnnotations(List<Path> files) {
        Workspace workspace = app.workspace();
        new AnnotationImportViewModel(workspace.tasks(), app.session().annotationImports(), workspace.status())
                .importFiles(files, (headline, details) -> {
                    workspace.library().reload();
                    workspace.edits().refreshHistory();
                    workspace.navigator().refresh();
                    TextArea report = new TextArea(details);
                    report.setId("mergeReport");
                    report.setEditable(false);
                    report.setWrapText(true);
                    report.setPrefSize(620, 260);
                    Alert shown = new Alert(Alert.AlertType.INFORMATION);
                    shown.initOwner(app.stage());
                    shown.setTitle("Import annotations");
                    shown.getDialogPane().setId("mergeReportDialog");
                    shown.setHeaderText(headline);
                    shown.getDialogPane().setContent(report);
                    shown.show();
                });
    }
}
