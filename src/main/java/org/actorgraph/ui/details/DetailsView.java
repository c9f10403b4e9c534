package org.actorgraph.ui.details;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.VPos;

/**
 * The side panel that explains the selection: a relation's evidence sentences with their sources,
 * or an actor's names and connections. All text wraps to the panel's width.
 */
public final class DetailsView extends ScrollPane {

    private final DetailsViewModel viewModel;
    private final GridPane facts = new GridPane();
    private final Label evidenceHeading = new Label("Evidence");
    private final VBox quotes = new VBox(10);

    public DetailsView(DetailsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("details");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label title = wrapping("details-title");
        title.textProperty().bind(viewModel.titleProperty());
        title.visibleProperty().bind(viewModel.emptyProperty().not());
        title.managedProperty().bind(title.visibleProperty());
        Label subtitle = wrapping("details-subtitle");
        subtitle.textProperty().bind(viewModel.subtitleProperty());
        evidenceHeading.getStyleClass().add("details-heading");

        facts.setHgap(10);
        facts.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().setAll(labels, values);
        VBox content = new VBox(8, title, subtitle, facts, evidenceHeading, quotes);
        content.getStyleClass().add("details-content");
        setContent(content);

        viewModel.facts().addListener((ListChangeListener<Fact>) c -> rebuild());
        viewModel.quotes().addListener((ListChangeListener<QuoteItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        facts.getChildren().clear();
        for (int row = 0; row < viewModel.facts().size(); row++) {
            Fact fact = viewModel.facts().get(row);
            Label label = new Label(fact.label());
            label.getStyleClass().add("details-fact-label");
            Label value = wrapping("details-fact");
            value.setText(fact.value());
            facts.addRow(row, label, value);
            GridPane.setValignment(label, VPos.TOP);
        }
        quotes.getChildren().setAll(viewModel.quotes().stream().map(DetailsView::quoteCard).toList());
        boolean hasQuotes = !viewModel.quotes().isEmpty();
        evidenceHeading.setVisible(hasQuotes);
        evidenceHeading.setManaged(hasQuotes);
        setVvalue(0);
    }

    private static Node quoteCard(QuoteItem item) {
        Label text = wrapping("quote-text");
        text.setText("“" + item.text() + "”");
        Label source = wrapping("quote-source");
        source.setText(item.source());
        Label claim = wrapping("quote-claim");
        claim.setText(item.status() + " · " + item.attribution());
        VBox card = new VBox(3, text, source, claim);
        if (!item.occurrences().isEmpty()) {
            Label times = wrapping("quote-occurrences");
            times.setText(item.occurrences());
            card.getChildren().add(times);
        }
        card.getStyleClass().add("quote-card");
        return card;
    }

    private static Label wrapping(String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
