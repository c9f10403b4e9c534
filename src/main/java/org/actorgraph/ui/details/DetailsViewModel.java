package org.actorgraph.ui.details;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.actorgraph.analysis.ActorGroup;
import org.actorgraph.analysis.ActorRollUp;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.EvidenceQuote;
import org.actorgraph.analysis.Metric;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.Mention;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;
import org.actorgraph.ui.analysis.GraphMetrics;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.format.Labels;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.task.TaskExecutor;

/**
 * What the details panel shows for the current selection, as ready-to-show text: for a relation
 * its evidence sentences with source, attribution and status; for an actor who it is.
 */
public final class DetailsViewModel {

    /** Shown when nothing is selected. */
    public static final String HINT = "Click a relation to read its evidence, or an actor to see who it is.";

    /** Said among the ranks while a large graph's betweenness and PageRank are being computed. */
    static final String PENDING_RANKS = "By betweenness and PageRank: being computed…";

    /** Said among the ranks when a large graph's analysis failed (the status bar says why). */
    static final String MISSING_RANKS = "By betweenness and PageRank: could not be computed";

    /** Metrics whose rank the panel lists for an actor, in this order. */
    static final List<Metric> RANKED = List.of(Metric.DEGREE, Metric.IN_DEGREE, Metric.OUT_DEGREE,
            Metric.BETWEENNESS, Metric.PAGERANK);

    private final CorpusSession session;
    private final SelectionModel selection;
    private final GraphMetrics metrics;
    // Where a busy actor's relations are sorted (null: always at once), and from how many on.
    private final TaskExecutor executor;
    private final int listedAtOnce;
    private TaskExecutor.TaskHandle listing;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<QuoteItem> quotes = FXCollections.observableArrayList();
    private final ObservableList<Fact> factsView = FXCollections.unmodifiableObservableList(facts);
    private final ObservableList<QuoteItem> quotesView = FXCollections.unmodifiableObservableList(quotes);
    private final ObservableList<RelationLink> links = FXCollections.observableArrayList();
    private final ObservableList<RelationLink> linksView = FXCollections.unmodifiableObservableList(links);
    private final ObservableList<RelationRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RelationRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> ranks = FXCollections.observableArrayList();
    private final ObservableList<String> ranksView = FXCollections.unmodifiableObservableList(ranks);
    private Runnable articleOpener = () -> { };

    public DetailsViewModel(SelectionModel selection, CorpusSession session) {
        this(selection, session, new GraphMetrics(session));
    }

    public DetailsViewModel(SelectionModel selection, CorpusSession session, GraphMetrics metrics) {
        this(selection, session, metrics, null);
    }

    /**
     * @param executor where the relations of an actor with more than {@link #LISTED_AT_ONCE} are
     *                 sorted and listed; null to list every actor's at once
     */
    public DetailsViewModel(SelectionModel selection, CorpusSession session, GraphMetrics metrics,
                            TaskExecutor executor) {
        this(selection, session, metrics, executor, LISTED_AT_ONCE);
    }

    DetailsViewModel(SelectionModel selection, CorpusSession session, GraphMetrics metrics,
                     TaskExecutor executor, int listedAtOnce) {
        this.session = session;
        this.selection = selection;
        this.metrics = Objects.requireNonNull(metrics);
        this.executor = executor;
        this.listedAtOnce = listedAtOnce;
        selection.selectionProperty().addListener((obs, old, now) -> show(now));
        // A large graph's betweenness and PageRank arrive from the background: rank by them then.
        metrics.outcomesProperty().addListener((obs, old, now) -> rankAgain());
        // A selection kept across a graph change (the same actor) is not selected again.
        session.graphProperty().addListener((obs, old, now) -> rankAgain());
        show(selection.getSelection());
    }

    private void show(Selection selection) {
        stopListing();
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
        listRelations(List.of());
        ranks.clear();
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
        List<String> dates = relation.relations().stream().map(Relation::period).flatMap(java.util.Optional::stream)
                .sorted().map(DatePeriod::toString).distinct().toList();
        lines.add(new Fact(dates.size() == 1 ? "Date" : "Dates", dates.isEmpty() ? "Not given" : String.join(", ", dates)));
        List<String> claimants = relation.relations().stream()
                .map(r -> r.claimant().map(a -> a.by().strip()).filter(b -> !b.isEmpty()).orElse("the outlet itself"))
                .distinct().toList();
        lines.add(new Fact("Claimed by", String.join("; ", claimants)));
        if (!relation.type().description().isBlank()) {
            lines.add(new Fact("Type", relation.type().description()));
        }
        facts.setAll(lines);
        AggregatedGraph graph = session.getGraph();
        quotes.setAll(relation.quotes().stream().map(q -> quote(q, relation, graph)).toList());
        listRelations(List.of());
        ranks.clear();
        empty.set(false);
    }

    private static String statuses(AggregatedRelation relation) {
        return relation.statuses().stream().map(Labels::status).collect(Collectors.joining(", "));
    }

    /** The display form of one evidence sentence, without mentions. */
    static QuoteItem quote(EvidenceQuote quote) {
        return quote(quote, null, null);
    }

    /** The display form of one evidence sentence, with the relation's actors marked where named. */
    static QuoteItem quote(EvidenceQuote quote, AggregatedRelation relation, AggregatedGraph graph) {
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
        List<MentionRange> mentions = relation == null || graph == null ? List.of()
                : mentionsIn(quote, relation, graph);
        return new QuoteItem(quote.text(), Labels.source(quote.article()), attribution,
                String.join(", ", statuses), times > 1 ? "×" + times + " in the text" : "", mentions);
    }

    // The article's mentions inside the quote's first occurrence, of an actor that is (or is
    // rolled up into) one end of the relation; offsets relative to the stripped quote text.
    private static List<MentionRange> mentionsIn(EvidenceQuote quote, AggregatedRelation relation,
                                                 AggregatedGraph graph) {
        ActorRollUp rollUp = new ActorRollUp(graph.corpus(), graph.grouping());
        Article article = quote.article();
        TextSpan span = quote.occurrences().get(0);
        String raw = article.quote(span);
        int offset = span.start() + (raw.length() - raw.stripLeading().length());
        int length = quote.text().length();
        List<MentionRange> result = new ArrayList<>();
        for (Mention mention : article.mentions()) {
            TextSpan m = mention.span();
            if (m.start() < span.start() || m.end() > span.end()) {
                continue;
            }
            Actor named = graph.corpus().actor(mention.actorId()).map(rollUp::representative).map(graph::drawnAs)
                    .orElse(null);
            MentionRange.Role role = named == null ? null
                    : named.equals(relation.source()) ? MentionRange.Role.SOURCE
                    : named.equals(relation.target()) ? MentionRange.Role.TARGET : null;
            int start = Math.max(0, m.start() - offset);
            int end = Math.min(length, m.end() - offset);
            if (role != null && start < end) {
                result.add(new MentionRange(start, end, role));
            }
        }
        result.sort(Comparator.comparingInt(MentionRange::start));
        return result;
    }

    private void showActor(Actor actor) {
        AggregatedGraph shown = session.getGraph();
        ActorGroup group = shown == null ? null : shown.group(actor).orElse(null);
        if (group != null) {
            showGroup(group, shown);
            return;
        }
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
            RelationCounts counts = RelationCounts.of(graph, actor);
            lines.add(new Fact("Relations", Labels.count(graph.degree(actor), "relation", "relations")
                    + " (" + counts.out() + " outgoing, " + counts.in() + " incoming), "
                    + Labels.count(counts.claims(), "claim", "claims")));
            lines.add(new Fact("Degree", graph.degree(actor) + " (in " + counts.in() + ", out " + counts.out() + ")"));
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
        listRelationsOf(graph, actor);
        ranks.setAll(graph == null || !graph.actors().contains(actor) ? List.of() : ranks(graph, actor));
        empty.set(false);
    }

    /** How many members the details of a group name before "and N more". */
    static final int MEMBERS_LISTED = 30;

    // A group vertex of an overview: who it stands for, and what is drawn and hidden of its relations.
    private void showGroup(ActorGroup group, AggregatedGraph graph) {
        Actor actor = group.actor();
        title.set(actor.name());
        subtitle.set(switch (group.kind()) {
            case COMMUNITY -> "Community of " + group.size() + " actors · double-click it to show them";
            case OTHERS -> group.size() + " actors outside the top K · View › Overview › Show all actors";
            case UNLINKED -> group.size() + " actors without relations, in no community";
        });
        List<Fact> lines = new ArrayList<>();
        List<String> names = group.members().stream().limit(MEMBERS_LISTED).map(Actor::name).toList();
        int more = group.size() - names.size();
        lines.add(new Fact("Members", String.join(", ", names) + (more > 0 ? " and " + more + " more" : "")));
        if (group.kind() == ActorGroup.Kind.COMMUNITY) {
            lines.add(new Fact("Most central", group.leader().name()));
        }
        RelationCounts counts = RelationCounts.of(graph, actor);
        lines.add(new Fact("Relations", Labels.count(graph.degree(actor), "relation", "relations")
                + " with actors outside (" + counts.out() + " outgoing, " + counts.in() + " incoming), "
                + Labels.count(counts.claims(), "claim", "claims")));
        lines.add(new Fact("Inside", Labels.count(group.internalRelations(), "relation", "relations")
                + " among its members (" + Labels.count(group.internalClaims(), "claim", "claims") + "), not drawn"));
        facts.setAll(lines);
        quotes.clear();
        listRelationsOf(graph, actor);
        ranks.clear();
        empty.set(false);
    }

    // An actor's (or a group vertex's) edges going out and coming in, and the claims they bundle.
    private record RelationCounts(long out, long in, int claims) {

        static RelationCounts of(AggregatedGraph graph, Actor actor) {
            long out = 0;
            long in = 0;
            int claims = 0;
            for (AggregatedRelation r : graph.relationsOf(actor)) {
                out += r.source().equals(actor) ? 1 : 0;
                in += r.target().equals(actor) ? 1 : 0;
                claims += r.relations().size();
            }
            return new RelationCounts(out, in, claims);
        }
    }

    /**
     * Relations of a type listed at first; the others are listed on asking ({@link #listMore}).
     * An actor of a large corpus has thousands of relations, and the panel lays out every link
     * it lists again at each change.
     */
    static final int LISTED_PER_TYPE = 25;

    /**
     * Relations of a type that each "Show more" adds to the list: with the next offer, fewer rows
     * than the panel adds in one frame, so that they go in place at once.
     */
    static final int LISTED_MORE = 50;

    /**
     * Relations of an actor from which they are sorted and listed in the background, when there
     * is a background: sorting the 9,079 relations of the busiest actor of 10k/100k and listing
     * the first of them took 25–50 ms of the click that selects it.
     */
    static final int LISTED_AT_ONCE = 1000;

    // The actor's relations are listed now, or said to be on their way and listed when sorted.
    private void listRelationsOf(AggregatedGraph graph, Actor actor) {
        if (graph == null) {
            listRelations(List.of());
            return;
        }
        int count = graph.degree(actor);
        if (executor == null || count <= listedAtOnce) {
            listRelations(links(graph, actor));
            return;
        }
        links.clear();
        rows.setAll(List.of(new RelationRow.Note(RelationRow.Note.listing(count))));
        listing = executor.submit(() -> links(graph, actor), all -> {
            listing = null;
            listRelations(all);
        }, failure -> {
            listing = null;
            rows.setAll(List.of(new RelationRow.Note("The relations could not be listed: "
                    + (failure.getMessage() == null || failure.getMessage().isBlank() ? failure.toString()
                            : failure.getMessage()))));
        });
    }

    // Another selection: the relations of the one before are not listed any more.
    private void stopListing() {
        if (listing != null) {
            listing.cancel();
            listing = null;
        }
    }

    private void listRelations(List<RelationLink> all) {
        links.setAll(all);
        List<RelationRow> lines = new ArrayList<>();
        for (List<RelationLink> group : byGroup(all).values()) {
            lines.add(new RelationRow.Heading(group.get(0).group()));
            lines.addAll(rowsOf(group, 0, Math.min(group.size(), LISTED_PER_TYPE)));
        }
        rows.setAll(lines);
    }

    // The links of each type, in the order listed.
    private static Map<String, List<RelationLink>> byGroup(List<RelationLink> all) {
        return all.stream().collect(Collectors.groupingBy(RelationLink::group, java.util.LinkedHashMap::new,
                Collectors.toList()));
    }

    // Rows for the links of one type from index from to index to, and the offer of the rest.
    private static List<RelationRow> rowsOf(List<RelationLink> group, int from, int to) {
        List<RelationRow> lines = new ArrayList<>();
        group.subList(from, to).forEach(link -> lines.add(new RelationRow.Link(link)));
        int hidden = group.size() - to;
        if (hidden > 0) {
            lines.add(new RelationRow.More(group.get(0).group(), hidden, Math.min(hidden, LISTED_MORE)));
        }
        return lines;
    }

    /** Lists more relations of the type that {@code more} offers them for, in its place. */
    public void listMore(RelationRow.More more) {
        int at = rows.indexOf(more);
        if (at < 0) {
            return;
        }
        List<RelationLink> group = links.stream().filter(link -> link.group().equals(more.group())).toList();
        int from = group.size() - more.hidden();
        int to = from + more.next();
        rows.remove(at);
        rows.addAll(at, rowsOf(group, from, to));
    }

    // Grouped by type in the corpus's type order; outgoing before incoming, then by name. The keys
    // are worked out once per relation, and compared without a chain of comparators: the busiest
    // actor of 10k/100k has 9,079 relations to sort while the window waits.
    private static List<RelationLink> links(AggregatedGraph graph, Actor actor) {
        Map<String, Integer> typeOrder = new java.util.HashMap<>();
        graph.corpus().relationTypes().forEach(t -> typeOrder.putIfAbsent(t.id(), typeOrder.size()));
        List<Keyed> keyed = new ArrayList<>();
        for (AggregatedRelation r : graph.relationsOf(actor)) {
            boolean outgoing = r.source().equals(actor);
            Actor other = outgoing ? r.target() : r.source();
            keyed.add(new Keyed(typeOrder.getOrDefault(r.type().id(), -1), !outgoing, other.name(), other.id(), r));
        }
        java.util.Collections.sort(keyed);
        List<RelationLink> links = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            links.add(new RelationLink(k.relation().type().label(), k.incoming(), k.other(), k.relation()));
        }
        return links;
    }

    // A relation with what it is listed by. Two actors of the same name: by id, so the order never
    // depends on the graph's.
    private record Keyed(int type, boolean incoming, String other, String otherId, AggregatedRelation relation)
            implements Comparable<Keyed> {

        @Override
        public int compareTo(Keyed o) {
            if (type != o.type) {
                return Integer.compare(type, o.type);
            }
            if (incoming != o.incoming) {
                return incoming ? 1 : -1;
            }
            int byName = other.compareTo(o.other);
            return byName != 0 ? byName : otherId.compareTo(o.otherId);
        }
    }

    // The ranks of the selected actor in the graph shown now, if it is drawn on its own.
    private void rankAgain() {
        AggregatedGraph graph = session.getGraph();
        if (graph != null && selection.getSelection() instanceof Selection.ActorSelected a
                && graph.actors().contains(a.actor()) && graph.group(a.actor()).isEmpty()) {
            ranks.setAll(ranks(graph, a.actor()));
        }
    }

    private List<String> ranks(AggregatedGraph graph, Actor actor) {
        int n = graph.actors().size();
        List<String> lines = new ArrayList<>();
        for (Metric metric : RANKED) {
            metrics.rankOf(actor, metric).ifPresent(rank -> lines.add(ordinal(rank) + " of " + n + " by "
                    + metric.label()));
        }
        if (metrics.hasFailed()) {
            lines.add(MISSING_RANKS);
        } else if (!metrics.isReady()) {
            lines.add(PENDING_RANKS);
        }
        return lines;
    }

    /** "1st", "2nd", "3rd", "4th", "11th", "21st", … */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** Selects a relation listed for the selected actor. */
    public void select(RelationLink link) {
        selection.select(link.relation());
    }

    /** Whether "Open in article" has something to show: an actor or a relation is selected. */
    public boolean canOpenInArticle() {
        return !empty.get();
    }

    /** Opens the article(s) behind the selection in the reader; wired by the composition root. */
    public void openInArticle() {
        articleOpener.run();
    }

    /** What "Open in article" does. */
    public void setArticleOpener(Runnable opener) {
        this.articleOpener = Objects.requireNonNull(opener);
    }

    /** The selected actor's relations, grouped by type, each selectable. */
    public ObservableList<RelationLink> relationLinks() {
        return linksView;
    }

    /**
     * What the panel lists of the selected actor's relations: each type's heading, its first
     * {@value #LISTED_PER_TYPE} relations (more once asked), and the offer of the others.
     */
    public ObservableList<RelationRow> relationRows() {
        return rowsView;
    }

    /** The selected actor's ranks, e.g. "2nd of 7 by PageRank". */
    public ObservableList<String> ranks() {
        return ranksView;
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
