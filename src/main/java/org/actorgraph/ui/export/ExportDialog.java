package org.actorgraph.ui.export;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.actorgraph.render.ExportFormat;
import org.actorgraph.render.ImageOptions;
import org.actorgraph.render.PngWriter;
import org.actorgraph.render.Theme;

/**
 * File › Export image…: format, size and resolution, title, legend, caption, theme and whether to
 * export the current view or the whole graph. Bound to {@link ExportViewModel}; it stays open while
 * the file is written, with a progress bar that follows the painting and writing, and a Cancel
 * button.
 */
public final class ExportDialog {

    /** Style class of the dialog's root, for tests and the stylesheet. */
    public static final String STYLE_CLASS = "export-dialog";
    /** Id of the progress bar shown while a file is written. */
    public static final String PROGRESS_ID = "export-progress";

    private final ExportViewModel viewModel;
    private final Window owner;
    private final List<String> stylesheets;
    private Stage stage;

    public ExportDialog(ExportViewModel viewModel, Window owner, List<String> stylesheets) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** Shows the dialog (again), with the title of the open corpus. */
    public void show() {
        viewModel.prepare();
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
    }

    /** Whether the dialog is on screen. */
    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    private Stage build() {
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ExportViewModel.IMAGE_FORMATS);
        format.setConverter(names(f -> switch (f) {
            case PNG -> "PNG (raster, for slides and documents)";
            case SVG -> "SVG (vector, for the web and editing)";
            case PDF -> "PDF (vector, for reports and print)";
            default -> f.name();
        }));
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        format.setId("export-format");

        ToggleGroup scopeGroup = new ToggleGroup();
        HBox scope = new HBox(14);
        for (ExportScope value : ExportScope.values()) {
            RadioButton button = new RadioButton(value.label());
            button.setToggleGroup(scopeGroup);
            button.setUserData(value);
            button.setSelected(viewModel.scopeProperty().get() == value);
            button.setId(value == ExportScope.CURRENT_VIEW ? "export-current-view" : "export-whole-graph");
            scope.getChildren().add(button);
        }
        scopeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.scopeProperty().set((ExportScope) now.getUserData());
            }
        });

        Spinner<Integer> width = sizeSpinner(viewModel.widthProperty().get());
        Spinner<Integer> height = sizeSpinner(viewModel.heightProperty().get());
        width.valueProperty().addListener((obs, old, now) -> viewModel.widthProperty().set(now));
        height.valueProperty().addListener((obs, old, now) -> viewModel.heightProperty().set(now));
        width.setId("export-width");
        height.setId("export-height");
        Spinner<Integer> dpi = new Spinner<>(PngWriter.MIN_DPI, PngWriter.MAX_DPI, viewModel.dpiProperty().get(), 6);
        dpi.setEditable(true);
        dpi.setPrefWidth(90);
        dpi.valueProperty().addListener((obs, old, now) -> viewModel.dpiProperty().set(now));
        dpi.disableProperty().bind(viewModel.formatProperty().isNotEqualTo(ExportFormat.PNG));
        dpi.setId("export-dpi");
        Label pixels = new Label();
        pixels.textProperty().bind(viewModel.sizeText());
        pixels.getStyleClass().add("export-size");

        TextField title = new TextField();
        title.textProperty().bindBidirectional(viewModel.titleProperty());
        title.setPromptText("No title");
        title.setId("export-title");
        CheckBox legend = check("Legend of the relation types and certainties shown", viewModel.legendProperty());
        CheckBox caption = check("Caption citing the articles", viewModel.captionProperty());
        CheckBox transparent = check("Transparent background", viewModel.transparentProperty());
        transparent.disableProperty().bind(viewModel.formatProperty().isNotEqualTo(ExportFormat.PNG));
        ChoiceBox<Theme> theme = new ChoiceBox<>();
        theme.getItems().setAll(Theme.values());
        theme.setConverter(names(t -> switch (t) {
            case LIGHT -> "Light";
            case DARK -> "Dark";
            case PRINT -> "Print (black and white text)";
        }));
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(9);
        int row = 0;
        grid.addRow(row++, new Label("Format"), format);
        grid.addRow(row++, new Label("Show"), scope);
        grid.addRow(row++, new Label("Size"), new HBox(6, width, new Label("×"), height, new Label("pt"),
                new Label("   DPI"), dpi));
        grid.add(pixels, 1, row++);
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row++, new Label("Theme"), theme);
        grid.add(new VBox(6, legend, caption, transparent), 1, row++);

        // Determinate once the export has said how far it is; indeterminate (-1) only until then.
        ProgressBar progress = new ProgressBar();
        progress.setId(PROGRESS_ID);
        progress.setPrefWidth(200);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.setId("export-status");
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox progressRow = new HBox(10, progress, status);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.setMinHeight(Region.USE_PREF_SIZE);
        Button export = new Button("Export…");
        export.setDefaultButton(true);
        export.setId("export-button");
        export.disableProperty().bind(viewModel.runningProperty());
        export.setOnAction(e -> viewModel.chooseAndExport());
        Button cancel = new Button("Cancel");
        cancel.setId("export-cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        Button close = new Button("Close");
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, export, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        // The progress row keeps its place when empty, so the buttons do not move when an export starts.
        VBox root = new VBox(16, grid, new VBox(8, progressRow, buttons));
        root.setPadding(new Insets(18));
        root.getStyleClass().add(STYLE_CLASS);
        root.setPrefWidth(600);
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Export image");
        Scene scene = new Scene(root);
        scene.getStylesheets().addAll(stylesheets);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && viewModel.runningProperty().get()) {
                viewModel.cancel();
                e.consume();
            }
        });
        close.setOnAction(e -> {
            viewModel.cancel();
            dialog.hide();
        });
        dialog.setScene(scene);
        return dialog;
    }

    private static Spinner<Integer> sizeSpinner(int value) {
        Spinner<Integer> spinner = new Spinner<>((int) ImageOptions.MIN_SIZE, (int) ImageOptions.MAX_SIZE, value, 50);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        return spinner;
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
