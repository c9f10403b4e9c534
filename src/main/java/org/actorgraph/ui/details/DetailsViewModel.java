package org.actorgraph.ui.details;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.EvidenceQuote;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.format.Labels;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;

/**
 * What the details panel shows for the current selection, as ready-to-show text: for a relation
 * its evidence sentences with source, attribution and status; for an actor who it is.
 */
public final class DetailsViewModel {

    /** Shown when nothing is selected. */
    public static final String HINT = "Click a relation to read its evidence, or an actor to see who it is.";

    private final CorpusSession session;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<QuoteItem> quotes = FXCollections.observableArrayList();
    private final ObservableList<Fact> factsView = FXCollections.unmodifiableObservableList(facts);
    private final ObservableList<QuoteItem> quotesView = FXCollections.unmodifiableObservableList(quotes);

    public DetailsViewModel(SelectionModel selection, CorpusSession session) {
        this.session = session;
        selection.selectionProperty().addListener((obs, old, now) -> show(now));
        show(selection.getSelection());
    }

    private void show(Selection selection) {
        if (selection instanceof Selection.RelationSelected r) {
            showRelation(r.relation());
        } else if (selection instanceof Selection.ActorSelected a) {
            showActor(a.actor());
        } else {
            clear();
        }
    }

    private void clear() {
        title.set("");
        subtitle.set(HINT);
        facts.clear();
        quotes.clear();
        empty.set(true);
    }

    private void showRelation(AggregatedRelation relation) {
        title.set(relation.type().label());
        subtitle.set(relation.source().name() + " → " + relation.target().name());
        List<Fact> lines = new ArrayList<>();
        lines.add(new Fact(relation.statuses().size() == 1 ? "Status" : "Statuses", statuses(relation)));
        int articles = (int) relation.quotes().stream().map(q -> q.article().id()).distinct().count();
        lines.add(new Fact("Evidence", Labels.count(relation.evidenceCount(), "sentence", "sentences")
                + " in " + Labels.count(articles, "article", "articles")
                + ", " + Labels.count(relation.relations().size(), "claim", "claims")));
        if (!relation.type().description().isBlank()) {
            lines.add(new Fact("Type", relation.type().description()));
        }
        facts.setAll(lines);
        quotes.setAll(relation.quotes().stream().map(DetailsViewModel::quote).toList());
        empty.set(false);
    }

    private static String statuses(AggregatedRelation relation) {
        return relation.statuses().stream().map(Labels::status).collect(Collectors.joining(", "));
    }

    /** The display form of one evidence sentence. */
    static QuoteItem quote(EvidenceQuote quote) {
        Set<String> claimants = new LinkedHashSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        for (Relation claim : quote.claims()) {
            claimants.add(claim.claimant().map(a -> a.by().strip()).orElse(""));
            statuses.add(claim.negated() && claim.status() != Status.DENIED
                    ? Labels.status(claim.status()) + " (negated)" : Labels.status(claim.status()));
        }
        String attribution = claimants.stream().allMatch(String::isEmpty)
                ? "Stated by the outlet"
                : "According to " + claimants.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
        int times = quote.occurrenceCount();
        return new QuoteItem(quote.text(), Labels.source(quote.article()), attribution,
                String.join(", ", statuses), times > 1 ? "×" + times + " in the text" : "");
    }

    private void showActor(Actor actor) {
        title.set(actor.name());
        subtitle.set(Labels.kind(actor.kind()));
        List<Fact> lines = new ArrayList<>();
        if (!actor.aliases().isEmpty()) {
            lines.add(new Fact("Also known as", String.join(", ", actor.aliases())));
        }
        AggregatedGraph graph = session.getGraph();
        actor.affiliationId().ifPresent(id -> lines.add(new Fact("Affiliation",
                graph == null ? id : graph.corpus().actor(id).map(Actor::name).orElse(id))));
        if (graph != null) {
            long out = graph.relations().stream().filter(r -> r.source().equals(actor)).count();
            long in = graph.relations().stream().filter(r -> r.target().equals(actor)).count();
            int claims = graph.relations().stream().filter(r -> r.source().equals(actor) || r.target().equals(actor))
                    .mapToInt(r -> r.relations().size()).sum();
            lines.add(new Fact("Relations", Labels.count(graph.degree(actor), "relation", "relations")
                    + " (" + out + " outgoing, " + in + " incoming), "
                    + Labels.count(claims, "claim", "claims")));
            if (graph.grouping() == PersonGrouping.ROLLED_UP) {
                String people = graph.corpus().actors().stream()
                        .filter(a -> a.kind() == ActorKind.PERSON && actor.id().equals(a.affiliation()))
                        .map(Actor::name).collect(Collectors.joining(", "));
                if (!people.isEmpty()) {
                    lines.add(new Fact("Includes", people));
                }
            }
        }
        facts.setAll(lines);
        quotes.clear();
        empty.set(false);
    }

    /** The heading: the relation type or the actor's name; empty when nothing is selected. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "A → B" for a relation, the kind for an actor, a hint when nothing is selected. */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** Whether nothing is selected. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ObservableList<Fact> facts() {
        return factsView;
    }

    /** The evidence sentences of the selected relation, in text order. */
    public ObservableList<QuoteItem> quotes() {
        return quotesView;
    }
}
