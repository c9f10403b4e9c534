package org.actorgraph.ui.search;

import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.actorgraph.model.Actor;

/**
 * The search box in the toolbar: suggestions drop down while typing; Enter selects the best match,
 * Escape clears the field. Binds only to {@link SearchViewModel}.
 */
public final class SearchField extends HBox {

    private final SearchViewModel viewModel;
    private final TextField field = new TextField();
    private final ContextMenu suggestions = new ContextMenu();

    public SearchField(SearchViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("search-field");
        setSpacing(6);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        field.setId("actor-search");
        field.setPromptText("Find actor");
        field.setPrefColumnCount(16);
        // Only Ctrl+F or a click puts the cursor here, so Ctrl+Z and other keys reach the window.
        field.setFocusTraversable(false);
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        Label message = new Label();
        message.getStyleClass().add("search-message");
        message.textProperty().bind(viewModel.messageProperty());
        getChildren().addAll(field, message);

        suggestions.getStyleClass().add("search-suggestions");
        // While the suggestions show they receive the keys: Enter without a highlighted suggestion
        // still means "the best match".
        suggestions.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            javafx.scene.Node owner = suggestions.getScene() == null ? null : suggestions.getScene().getFocusOwner();
            boolean onItem = owner != null && owner.getStyleClass().contains("menu-item");
            if (event.getCode() == KeyCode.ENTER && !onItem) {
                suggestions.hide();
                submit();
                event.consume();
            }
        });
        viewModel.suggestions().addListener((ListChangeListener<Actor>) c -> showSuggestions());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                suggestions.hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                suggestions.hide();
                submit();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                suggestions.hide();
                field.clear();
                getParent().requestFocus();
                event.consume();
            } else if (event.getCode() == KeyCode.DOWN && suggestions.isShowing()) {
                suggestions.requestFocus();
            }
        });
    }

    private void submit() {
        if (viewModel.submit() && getParent() != null) {
            getParent().requestFocus();
        }
    }

    /** The tooltip names the shortcut that focuses the field. */
    public void setShortcutText(String tooltip) {
        field.setTooltip(new Tooltip(tooltip + " — by name or alias; Enter selects the best match"));
    }

    /** Puts the cursor in the field, with its text selected (Ctrl+F). */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void showSuggestions() {
        if (viewModel.suggestions().isEmpty() || !field.isFocused()) {
            suggestions.hide();
            return;
        }
        suggestions.getItems().setAll(viewModel.suggestions().stream().map(actor -> {
            Label label = new Label(actor.name());
            label.setPrefWidth(Math.max(160, field.getWidth() - 20));
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(e -> viewModel.choose(actor));
            return item;
        }).toList());
        if (!suggestions.isShowing() && field.getScene() != null && field.getScene().getWindow() != null) {
            suggestions.show(field, Side.BOTTOM, 0, 0);
        }
    }
}
