package org.actorgraph.ui.imports;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File › Import…: the files and folders to import, an optional mapping file, a progress bar and
 * Cancel. Bound to {@link ImportViewModel}; closes itself once the imported corpus is open.
 */
public final class ImportDialog {

    public static final String STYLE_CLASS = "import-dialog";

    private final ImportViewModel viewModel;
    private final Window owner;
    private final List<String> stylesheets;
    private Stage stage;

    public ImportDialog(ImportViewModel viewModel, Window owner, List<String> stylesheets) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** Shows the dialog; when nothing is chosen yet, asks for files first. */
    public void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
    }

    private Stage build() {
        Label intro = new Label("brat (.ann with its .txt), doccano (.jsonl, .json), Label Studio (.json) and "
                + "GDELT event files (.CSV, .tsv). Folders are read with everything in them.");
        intro.setWrapText(true);
        ListView<Path> list = new ListView<>(viewModel.sources());
        list.setPrefHeight(150);
        list.setPlaceholder(new Label("Add files or a folder to import"));
        list.setId("import-sources");
        Button addFiles = new Button("Add files…");
        addFiles.setOnAction(e -> viewModel.addFiles());
        Button addFolder = new Button("Add folder…");
        addFolder.setOnAction(e -> viewModel.addFolder());
        Button remove = new Button("Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.sources().remove(list.getSelectionModel().getSelectedItem()));
        HBox sourceButtons = new HBox(8, addFiles, addFolder, remove);

        Label mapping = new Label();
        mapping.textProperty().bind(Bindings.createStringBinding(() -> viewModel.mappingProperty().get() == null
                ? "Mapping: the bundled one" : "Mapping: " + viewModel.mappingProperty().get().getFileName()
                + " over the bundled one", viewModel.mappingProperty()));
        Button chooseMapping = new Button("Choose mapping…");
        chooseMapping.setOnAction(e -> viewModel.chooseMapping());
        Button clearMapping = new Button("Bundled mapping");
        clearMapping.disableProperty().bind(viewModel.mappingProperty().isNull());
        clearMapping.setOnAction(e -> viewModel.mappingProperty().set(null));
        HBox mappingRow = new HBox(8, mapping, chooseMapping, clearMapping);
        mappingRow.setAlignment(Pos.CENTER_LEFT);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.setPrefWidth(160);
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.setId("import-status");
        Button start = new Button("Import");
        start.setDefaultButton(true);
        start.setId("import-button");
        start.disableProperty().bind(viewModel.runningProperty().or(Bindings.isEmpty(viewModel.sources())));
        start.setOnAction(e -> viewModel.importSources());
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        Button close = new Button("Close");
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, status, spacer, cancel, start, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, intro, list, sourceButtons, mappingRow, buttons);
        root.setPadding(new Insets(18));
        root.setPrefWidth(620);
        root.getStyleClass().add(STYLE_CLASS);
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Import");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(stylesheets);
        dialog.setScene(scene);
        close.setOnAction(e -> {
            viewModel.cancel();
            dialog.hide();
        });
        // An import that opened a corpus empties the list: the dialog has done its job.
        viewModel.runningProperty().addListener((obs, was, now) -> {
            if (was && !now && viewModel.sources().isEmpty()) {
                dialog.hide();
            }
        });
        return dialog;
    }
}
