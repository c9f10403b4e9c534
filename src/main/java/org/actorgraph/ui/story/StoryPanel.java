package org.actorgraph.ui.story;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.actorgraph.analysis.StoryOrder;
import org.actorgraph.model.StoryStep;

/**
 * The story in the normal window (View › Story panel): the steps in order, moving through them,
 * and editing them — reorder, remove, add the selected edge, a title and a note per step. The
 * arrow keys move through the story only while this panel or the graph has the focus; in the
 * title and note fields they edit text.
 */
public final class StoryPanel extends VBox {

    private final StoryViewModel story;
    private final ListView<StoryStep> list = new ListView<>();
    private final TextField title = new TextField();
    private final TextArea note = new TextArea();
    private boolean syncing;

    public StoryPanel(StoryViewModel story) {
        this.story = story;
        getStyleClass().add("story-panel");
        setId("story-panel");

        Label heading = new Label("Story");
        heading.getStyleClass().add("panel-title");
        CheckBox onGraph = new CheckBox("Show on graph");
        onGraph.setId("story-active");
        onGraph.selectedProperty().bindBidirectional(story.activeProperty());
        ComboBox<StoryOrder> order = new ComboBox<>();
        order.getItems().setAll(StoryOrder.values());
        order.setConverter(new StringConverter<>() {
            @Override
            public String toString(StoryOrder o) {
                return o == null ? "" : o == StoryOrder.DATE ? "By date" : "Article order";
            }

            @Override
            public StoryOrder fromString(String s) {
                return null;
            }
        });
        order.valueProperty().bindBidirectional(story.orderProperty());
        order.setTooltip(new Tooltip("Order of the default story; replaces the edited steps"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, heading, grow, order);
        head.setAlignment(Pos.CENTER_LEFT);

        Button back = button("◀", "Previous step (Left, Up, Page Up)", story::previous);
        Button forward = button("▶", "Next step (Right, Down, Space, Page Down)", story::next);
        Label counter = new Label();
        counter.textProperty().bind(story.counterProperty());
        counter.setId("story-panel-counter");
        Region navGrow = new Region();
        HBox.setHgrow(navGrow, Priority.ALWAYS);
        HBox nav = new HBox(6, back, counter, forward, navGrow, onGraph);
        nav.setAlignment(Pos.CENTER_LEFT);

        list.setId("story-steps");
        list.getStyleClass().add("story-steps");
        list.setItems(story.steps());
        list.setPrefHeight(180);
        list.setCellFactory(v -> new ListCell<>() {
            {
                // Long titles end in "…" instead of scrolling the list sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(StoryStep step, boolean empty) {
                super.updateItem(step, empty);
                setText(empty || step == null ? null : (getIndex() + 1) + ". "
                        + (step.title() == null || step.title().isBlank() ? "(untitled)" : step.title()));
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!syncing && now.intValue() >= 0) {
                story.go(now.intValue());
            }
        });
        story.indexProperty().addListener((obs, old, now) -> syncSelection());
        story.steps().addListener((javafx.collections.ListChangeListener<StoryStep>) c -> syncSelection());
        VBox.setVgrow(list, Priority.ALWAYS);

        Button up = button("↑", "Move this step earlier", () -> story.moveUp(story.indexProperty().get()));
        Button down = button("↓", "Move this step later", () -> story.moveDown(story.indexProperty().get()));
        Button remove = button("Remove", "Remove this step", () -> story.remove(story.indexProperty().get()));
        Button add = button("Add selected edge", "Add the selected edge's claims as a step after this one",
                story::addFromSelection);
        add.setId("story-add");
        add.disableProperty().bind(story.canAddSelectionProperty().not());
        HBox edit = new HBox(6, up, down, remove, add);
        edit.setAlignment(Pos.CENTER_LEFT);

        title.setPromptText("Step title");
        title.setId("story-step-title-field");
        title.setOnAction(e -> story.setTitle(story.indexProperty().get(), title.getText()));
        title.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                story.setTitle(story.indexProperty().get(), title.getText());
            }
        });
        note.setPromptText("Note for this step (shown under the quote)");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                story.setNote(story.indexProperty().get(), note.getText());
            }
        });
        story.frameProperty().addListener((obs, old, now) -> showFields());

        getChildren().addAll(head, nav, list, edit, title, note);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        // A list scrolls only while shown: show the current step when the panel appears, which
        // is also when it is first put into the window.
        javafx.beans.value.ChangeListener<Object> appeared = (obs, was, now) -> {
            if (isVisible() && getScene() != null) {
                javafx.application.Platform.runLater(this::syncSelection);
            }
        };
        visibleProperty().addListener(appeared);
        sceneProperty().addListener(appeared);
        syncSelection();
        showFields();
    }

    // Keys the focused control did not use move through the story; text fields keep theirs.
    private void keyPressed(KeyEvent event) {
        if (event.getTarget() instanceof TextInputControl || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        StoryKeys.of(event.getCode()).ifPresent(key -> {
            key.apply(story);
            event.consume();
        });
    }

    private void syncSelection() {
        syncing = true;
        try {
            int i = story.indexProperty().get();
            if (i >= 0 && i < story.steps().size()) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 1));
            } else {
                list.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    private void showFields() {
        int i = story.indexProperty().get();
        StoryStep step = i >= 0 && i < story.steps().size() ? story.steps().get(i) : null;
        if (!title.isFocused()) {
            title.setText(step == null || step.title() == null ? "" : step.title());
        }
        if (!note.isFocused()) {
            note.setText(step == null || step.note() == null ? "" : step.note());
        }
    }

    private static Button button(String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
