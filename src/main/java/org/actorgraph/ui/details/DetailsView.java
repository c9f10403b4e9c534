package org.actorgraph.ui.details;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The side panel that explains the selection: a relation's evidence sentences with their sources
 * and the two actors marked where the sentence names them, or an actor's names, relations and
 * ranks. All text wraps to the panel's width.
 */
public final class DetailsView extends ScrollPane {

    // One tooltip for every relation link, its text set as the pointer enters one: a busy actor
    // has hundreds of links, and a tooltip each made selecting it take a few hundred milliseconds.
    private final Tooltip relationTip = new Tooltip();

    /**
     * Relation links added to the panel per frame. Each link costs its styling and its wrapped
     * text's layout: the 700 links of the busiest of 1,000 actors, added at once, made one pulse
     * of 342 ms. In parts the list grows over a few frames, each of them short.
     */
    static final int LINKS_PER_FRAME = 60;
    private final List<RelationLink> pendingLinks = new ArrayList<>();
    private int nextLink;
    private String lastGroup;
    private final AnimationTimer addingLinks = new AnimationTimer() {
        @Override
        public void handle(long now) {
            addLinkPart();
            if (nextLink >= pendingLinks.size()) {
                stop();
            }
        }
    };

    private final DetailsViewModel viewModel;
    private final GridPane facts = new GridPane();
    private final Label relationsHeading = new Label("Relations");
    private final VBox relations = new VBox(1);
    private final Label ranksHeading = new Label("Centrality");
    private final VBox ranks = new VBox(1);
    private final Label evidenceHeading = new Label("Evidence");
    private final VBox quotes = new VBox(10);
    private final Button openInArticle = new Button("Open in article");

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
        for (Label heading : List.of(relationsHeading, ranksHeading, evidenceHeading)) {
            heading.getStyleClass().add("details-heading");
        }
        openInArticle.getStyleClass().add("open-in-article");
        openInArticle.setTooltip(new Tooltip("Show the article with this evidence highlighted (Ctrl+R)"));
        openInArticle.setOnAction(e -> viewModel.openInArticle());
        openInArticle.visibleProperty().bind(viewModel.emptyProperty().not());
        openInArticle.managedProperty().bind(openInArticle.visibleProperty());
        openInArticle.setFocusTraversable(false);

        facts.setHgap(10);
        facts.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().setAll(labels, values);
        VBox content = new VBox(8, title, subtitle, openInArticle, facts, evidenceHeading, quotes,
                ranksHeading, ranks, relationsHeading, relations);
        content.getStyleClass().add("details-content");
        setContent(content);

        // Each section is rebuilt when its own list changes: the relations of a busy actor are
        // hundreds of links, which a change of its facts or ranks must not make again.
        viewModel.facts().addListener((ListChangeListener<Fact>) c -> showFacts());
        viewModel.quotes().addListener((ListChangeListener<QuoteItem>) c -> showQuotes());
        viewModel.relationLinks().addListener((ListChangeListener<RelationLink>) c -> showRelations());
        viewModel.ranks().addListener((ListChangeListener<String>) c -> showRanks());
        showFacts();
        showQuotes();
        showRelations();
        showRanks();
    }

    private void showFacts() {
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
        // Every selection sets the facts: its details are read from the top. Ranks that arrive
        // later from the background leave the scroll where the reader has it.
        setVvalue(0);
    }

    private void showQuotes() {
        quotes.getChildren().setAll(viewModel.quotes().stream().map(DetailsView::quoteCard).toList());
        show(evidenceHeading, !viewModel.quotes().isEmpty());
    }

    private void showRelations() {
        pendingLinks.clear();
        pendingLinks.addAll(viewModel.relationLinks());
        nextLink = 0;
        lastGroup = null;
        relations.getChildren().clear();
        show(relationsHeading, !pendingLinks.isEmpty());
        addLinkPart();
        if (nextLink < pendingLinks.size()) {
            addingLinks.start();
        } else {
            addingLinks.stop();
        }
    }

    // The next LINKS_PER_FRAME links, each after the heading of its type when the type changes.
    private void addLinkPart() {
        List<Node> part = new ArrayList<>();
        int end = Math.min(pendingLinks.size(), nextLink + LINKS_PER_FRAME);
        for (; nextLink < end; nextLink++) {
            RelationLink link = pendingLinks.get(nextLink);
            if (!link.group().equals(lastGroup)) {
                lastGroup = link.group();
                Label heading = new Label(lastGroup);
                heading.getStyleClass().add("relation-group");
                part.add(heading);
            }
            Hyperlink hyperlink = new Hyperlink(link.text());
            hyperlink.getStyleClass().add("relation-link");
            hyperlink.setWrapText(true);
            hyperlink.setOnMouseEntered(e -> relationTip.setText("Select " + link.fullText()));
            hyperlink.setTooltip(relationTip);
            hyperlink.setAccessibleHelp("Select " + link.fullText()); // the shared tooltip's text is the last hovered
            hyperlink.setOnAction(e -> viewModel.select(link));
            hyperlink.setFocusTraversable(false);
            part.add(hyperlink);
        }
        relations.getChildren().addAll(part);
    }

    private void showRanks() {
        ranks.getChildren().setAll(viewModel.ranks().stream().map(r -> {
            Label rank = wrapping("details-rank");
            rank.setText(r);
            return (Node) rank;
        }).toList());
        show(ranksHeading, !viewModel.ranks().isEmpty());
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Node quoteCard(QuoteItem item) {
        TextFlow text = new TextFlow();
        text.getStyleClass().add("quote-text");
        List<Node> runs = new ArrayList<>();
        runs.add(run("“", "quote-run"));
        int at = 0;
        for (MentionRange mention : item.mentions()) {
            if (mention.start() < at) {
                continue;
            }
            if (mention.start() > at) { // an empty run would shift the styles after it
                runs.add(run(item.text().substring(at, mention.start()), "quote-run"));
            }
            runs.add(run(item.text().substring(mention.start(), mention.end()),
                    mention.role() == MentionRange.Role.SOURCE ? "quote-mention-source" : "quote-mention-target"));
            at = mention.end();
        }
        runs.add(run(item.text().substring(at) + "”", "quote-run"));
        text.getChildren().setAll(runs);
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

    private static Text run(String text, String styleClass) {
        Text run = new Text(text);
        run.getStyleClass().addAll("quote-run", styleClass);
        return run;
    }

    private static Label wrapping(String styleClass) {
        Label label = new Label();
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
