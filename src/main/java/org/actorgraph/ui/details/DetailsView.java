package org.actorgraph.ui.details;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * The side panel that explains the selection: a relation's evidence sentences with their sources,
 * or an actor's names and connections. All text wraps to the panel's width.
 */
public final class DetailsView extends ScrollPane {

    private final DetailsViewModel viewModel;
    private final VBox facts = new VBox(4);
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

        VBox content = new VBox(8, title, subtitle, facts, evidenceHeading, quotes);
        content.getStyleClass().add("details-content");
        setContent(content);

        viewModel.facts().addListener((ListChangeListener<Fact>) c -> rebuild());
        viewModel.quotes().addListener((ListChangeListener<QuoteItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        facts.getChildren().setAll(viewModel.facts().stream().map(DetailsView::factRow).toList());
        quotes.getChildren().setAll(viewModel.quotes().stream().map(DetailsView::quoteCard).toList());
        boolean hasQuotes = !viewModel.quotes().isEmpty();
        evidenceHeading.setVisible(hasQuotes);
        evidenceHeading.setManaged(hasQuotes);
        setVvalue(0);
    }

    private static Node factRow(Fact fact) {
        Label label = wrapping("details-fact");
        label.setText(fact.label() + ": " + fact.value());
        return label;
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
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
