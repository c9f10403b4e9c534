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
import javafx.scene.input.MouseEvent;
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
     * Rows of the relations list added to the panel per frame. Each link costs its styling and its
     * wrapped text's layout: the 700 links of the busiest of 1,000 actors, added at once, made one
     * pulse of 342 ms. In parts the list grows over a few frames, each of them short.
     */
    static final int LINKS_PER_FRAME = 60;
    // The panel's nodes for the first `built` rows of the view model's list, one node a row.
    private int built;
    private final AnimationTimer addingLinks = new AnimationTimer() {
        @Override
        public void handle(long now) {
            addLinkPart();
            if (built >= viewModel.relationRows().size()) {
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
        viewModel.relationRows().addListener((ListChangeListener<RelationRow>) this::showRelations);
        viewModel.ranks().addListener((ListChangeListener<String>) c -> showRanks());
        showFacts();
        showQuotes();
        continueListing();
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

    // The rows changed: rows already in the panel are replaced where they changed, when that is
    // no more than a part (a "Show more"); a larger change (another actor) is listed again in
    // parts from where it starts.
    private void showRelations(ListChangeListener.Change<? extends RelationRow> change) {
        javafx.collections.ObservableList<Node> children = relations.getChildren();
        while (change.next()) {
            int from = change.getFrom();
            if (from >= built) {
                continue; // the parts still to come list it
            }
            int removed = Math.min(change.getRemovedSize(), built - from);
            children.remove(from, from + removed);
            built -= removed;
            int added = change.wasAdded() ? change.getAddedSize() : 0;
            if (added <= LINKS_PER_FRAME) {
                children.addAll(from, change.getAddedSubList().stream().map(this::rowNode).toList());
                built += added;
            } else {
                children.remove(from, built);
                built = from;
            }
        }
        continueListing();
    }

    // Lists the next part now, and the others in the frames to come.
    private void continueListing() {
        show(relationsHeading, !viewModel.relationRows().isEmpty());
        addLinkPart();
        if (built < viewModel.relationRows().size()) {
            addingLinks.start();
        } else {
            addingLinks.stop();
        }
    }

    // The next LINKS_PER_FRAME rows.
    private void addLinkPart() {
        List<? extends RelationRow> rows = viewModel.relationRows();
        int end = Math.min(rows.size(), built + LINKS_PER_FRAME);
        relations.getChildren().addAll(rows.subList(built, end).stream().map(this::rowNode).toList());
        built = end;
    }

    private Node rowNode(RelationRow row) {
        if (row instanceof RelationRow.Heading heading) {
            Label label = new Label(heading.group());
            label.getStyleClass().add("relation-group");
            return label;
        }
        if (row instanceof RelationRow.Note note) {
            Label label = new Label(note.text());
            label.getStyleClass().add("relation-note");
            label.setWrapText(true);
            return label;
        }
        if (row instanceof RelationRow.More more) {
            Hyperlink hyperlink = new Hyperlink(more.text());
            hyperlink.getStyleClass().add("relation-more");
            hyperlink.setOnAction(e -> viewModel.listMore(more));
            hyperlink.setFocusTraversable(false);
            return hyperlink;
        }
        RelationLink link = ((RelationRow.Link) row).link();
        Hyperlink hyperlink = new Hyperlink(link.text());
        hyperlink.getStyleClass().add("relation-link");
        hyperlink.setUserData(link);
        // The second click of a double click on "Show more" lands on the first link listed in its
        // place: it must not select that relation.
        hyperlink.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getClickCount() > 1) {
                e.consume();
            }
        });
        hyperlink.setWrapText(true);
        hyperlink.setOnMouseEntered(e -> relationTip.setText("Select " + link.fullText()));
        hyperlink.setTooltip(relationTip);
        hyperlink.setAccessibleHelp("Select " + link.fullText()); // the shared tooltip's text is the last hovered
        hyperlink.setOnAction(e -> viewModel.select(link));
        hyperlink.setFocusTraversable(false);
        return hyperlink;
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
