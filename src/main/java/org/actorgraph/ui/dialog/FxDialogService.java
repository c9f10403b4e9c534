package org.actorgraph.ui.dialog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.actorgraph.analysis.GroupingSpec;
import org.actorgraph.analysis.Metric;
import org.actorgraph.io.Problem;
import org.actorgraph.render.ExportFormat;

/** The JavaFX dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    /** Style class of the problems dialog's pane. */
    public static final String PROBLEMS_DIALOG_STYLE_CLASS = "problems-dialog";

    private final Window owner;
    private final List<String> stylesheets;
    // Whether the owner has been on screen: one closed since is not opened again for a dialog.
    private boolean ownerShown;

    /**
     * @param owner the window dialogs belong to
     * @param stylesheets the application's stylesheets, so dialogs look like the rest
     */
    public FxDialogService(Window owner, List<String> stylesheets) {
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
        ownerShown = owner.isShowing();
        owner.showingProperty().addListener((obs, was, showing) -> ownerShown |= showing);
    }

    @Override
    public void showProblems(String title, String summary, List<Problem> problems) {
        Dialog<Void> dialog = new Dialog<>();
        prepare(dialog, title);
        Label header = new Label(summary);
        header.setWrapText(true);
        header.getStyleClass().add("problems-summary");
        ProblemListView list = new ProblemListView(problems.stream().map(ProblemRow::of).toList());
        VBox content = new VBox(10, header, list);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add(PROBLEMS_DIALOG_STYLE_CLASS);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        // Not showAndWait: the caller has already restored a usable state, nothing waits on the answer.
        dialog.show();
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.show();
    }

    @Override
    public void showHelp(String title, String intro, List<HelpSection> sections) {
        Dialog<Void> dialog = new Dialog<>();
        prepare(dialog, title);
        Label about = new Label(intro);
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(12, about);
        for (HelpSection section : sections) {
            Label heading = new Label(section.heading());
            heading.getStyleClass().add("help-heading");
            GridPane table = new GridPane();
            table.setHgap(18);
            table.setVgap(3);
            for (int row = 0; row < section.rows().size(); row++) {
                Label keys = new Label(section.rows().get(row).keys());
                keys.getStyleClass().add("help-keys");
                table.addRow(row, keys, new Label(section.rows().get(row).effect()));
            }
            content.getChildren().addAll(heading, table);
        }
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add("help-dialog");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    @Override
    public Optional<Path> chooseCorpusFile(Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open corpus");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ActorGraph corpus (*.actorgraph.json, *.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseViewToOpen(Path initialDirectory) {
        FileChooser chooser = viewChooser("Open view", initialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseViewToSave(Path initialDirectory, String suggestedName) {
        FileChooser chooser = viewChooser("Save view", initialDirectory);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile(Path initialDirectory, String suggestedName, List<ExportFormat> formats) {
        FileChooser chooser = chooser("Export", initialDirectory);
        for (ExportFormat format : formats) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    format.name() + " (*." + format.cliName() + ")", "*." + format.cliName()));
        }
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public List<Path> chooseImportFiles(Path initialDirectory) {
        FileChooser chooser = chooser("Import annotations or events", initialDirectory);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("brat, doccano, Label Studio, GDELT",
                        "*.ann", "*.txt", "*.jsonl", "*.json", "*.CSV", "*.csv", "*.tsv"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseImportFolder(Path initialDirectory) {
        return chooseFolder("Import a folder", initialDirectory);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialDirectory) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseHandoutFile(Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser("Export story handout", initialDirectory);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public void showInformation(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message);
        prepare(alert, title);
        alert.setHeaderText(null);
        alert.show();
    }

    @Override
    public Optional<Path> chooseMappingFile(Path initialDirectory) {
        FileChooser chooser = chooser("Import mapping", initialDirectory);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Mapping (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCorpusToSave(Path initialDirectory, String suggestedName) {
        FileChooser chooser = chooser("Save corpus as", initialDirectory);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter("ActorGraph corpus (*.actorgraph.json)", "*.actorgraph.json", "*.json"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }

    private static FileChooser viewChooser(String title, Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("ActorGraph view (*.view.json)", "*.view.json", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null && Files.isDirectory(initialDirectory)) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return chooser;
    }

    @Override
    public Optional<GroupingSpec> chooseTopK(GroupingSpec current) {
        Dialog<GroupingSpec> dialog = new Dialog<>();
        prepare(dialog, "Top K actors");
        Spinner<Integer> k = new Spinner<>(1, 10_000, current.topK(), 5);
        k.setEditable(true);
        k.setId("top-k-count");
        ChoiceBox<Metric> metric = new ChoiceBox<>();
        metric.getItems().setAll(Metric.values());
        metric.setValue(current.metric());
        metric.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Metric m) {
                return m == null ? "" : m.label();
            }

            @Override
            public Metric fromString(String s) {
                return null;
            }
        });
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Actors to show"), k);
        form.addRow(1, new Label("Most central by"), metric);
        Label note = new Label("The other actors are drawn as one group, \"Other actors\".");
        note.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, form, note));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            try {
                k.commitValue(); // takes a number typed without Enter
            } catch (NumberFormatException e) {
                k.cancelEdit();
            }
            return current.withMode(GroupingSpec.Mode.TOP_K).withTopK(k.getValue()).withMetric(metric.getValue());
        });
        return dialog.showAndWait();
    }

    private void prepare(Dialog<?> dialog, String title) {
        // A dialog shows over its window: a main window still waiting for its first graph (a
        // corpus that could not be opened at start) shows first.
        if (!ownerShown && owner instanceof Stage stage) {
            stage.show();
        }
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
    }
}
