package org.actorgraph.ui.reader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.actorgraph.analysis.ActorRollUp;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.EvidenceQuote;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Mention;
import org.actorgraph.model.TextSpan;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.selection.Selection;
import org.actorgraph.ui.selection.SelectionModel;

/**
 * The article reader: which articles are open (one tab each, beside the graph), what is
 * highlighted in them, and what a click on highlighted text selects. Opening the reader for a
 * relation highlights its evidence; for an actor, the evidence of all its relations, or where it
 * is named when it has none.
 */
public final class ReaderViewModel {

    /** At most this many articles open at once from one selection. */
    static final int MAX_OPENED = 5;

    private final SelectionModel selection;
    private final CorpusSession session;
    private final ObservableList<ReaderDocument> documents = FXCollections.observableArrayList();
    private final ObservableList<ReaderDocument> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ObjectProperty<ReaderDocument> active = new SimpleObjectProperty<>(this, "active");
    private Corpus corpus;

    public ReaderViewModel(SelectionModel selection, CorpusSession session) {
        this.selection = Objects.requireNonNull(selection);
        this.session = Objects.requireNonNull(session);
        session.graphProperty().addListener((obs, old, graph) -> graphChanged(graph));
        corpus = session.getGraph() == null ? null : session.getGraph().corpus();
    }

    // Another corpus closes every tab; the same corpus regrouped or filtered keeps them.
    private void graphChanged(AggregatedGraph graph) {
        if (graph == null || graph.corpus() != corpus) {
            active.set(null);
            documents.clear();
            corpus = graph == null ? null : graph.corpus();
            return;
        }
        ReaderDocument wasActive = active.get();
        List<ReaderDocument> rebuilt = documents.stream()
                .map(d -> ReaderDocument.build(d.article(), d.subject(), d.focus(), graph)).toList();
        int index = documents.indexOf(wasActive);
        documents.setAll(rebuilt);
        active.set(index < 0 ? null : rebuilt.get(index));
    }

    /**
     * Opens the articles behind the current selection with its evidence highlighted, and shows
     * the first. Does nothing when nothing is selected.
     *
     * @return whether anything was opened
     */
    public boolean openSelection() {
        AggregatedGraph graph = session.getGraph();
        Selection current = selection.getSelection();
        if (graph == null) {
            return false;
        }
        Map<Article, List<TextSpan>> focus;
        String subject;
        if (current instanceof Selection.RelationSelected r) {
            focus = evidence(List.of(r.relation()));
            subject = r.relation().type().label() + ": " + r.relation().source().name() + " → "
                    + r.relation().target().name();
        } else if (current instanceof Selection.ActorSelected a) {
            List<AggregatedRelation> relations = graph.relations().stream()
                    .filter(x -> x.source().equals(a.actor()) || x.target().equals(a.actor())).toList();
            focus = evidence(relations);
            subject = a.actor().name() + ": evidence of its relations";
            if (focus.isEmpty()) {
                focus = mentions(graph, a.actor());
                subject = a.actor().name() + ": where it is named";
            }
        } else {
            return false;
        }
        if (focus.isEmpty()) {
            return false;
        }
        ReaderDocument first = null;
        int opened = 0;
        for (Map.Entry<Article, List<TextSpan>> entry : focus.entrySet()) {
            if (opened++ == MAX_OPENED) {
                break;
            }
            ReaderDocument document = ReaderDocument.build(entry.getKey(), subject, entry.getValue(), graph);
            int existing = indexOf(entry.getKey());
            if (existing >= 0) {
                documents.set(existing, document);
            } else {
                documents.add(document);
            }
            if (first == null) {
                first = document;
            }
        }
        active.set(first);
        return true;
    }

    private int indexOf(Article article) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).article().equals(article)) {
                return i;
            }
        }
        return -1;
    }

    // Evidence spans per article, articles in the corpus's order.
    private Map<Article, List<TextSpan>> evidence(List<AggregatedRelation> relations) {
        Map<Article, List<TextSpan>> spans = new LinkedHashMap<>();
        for (Article article : session.getGraph().corpus().articles()) {
            for (AggregatedRelation relation : relations) {
                for (EvidenceQuote quote : relation.quotes()) {
                    if (quote.article().equals(article)) {
                        spans.computeIfAbsent(article, k -> new ArrayList<>()).addAll(quote.occurrences());
                    }
                }
            }
        }
        return spans;
    }

    private static Map<Article, List<TextSpan>> mentions(AggregatedGraph graph, Actor actor) {
        ActorRollUp rollUp = new ActorRollUp(graph.corpus(), graph.grouping());
        Map<Article, List<TextSpan>> spans = new LinkedHashMap<>();
        for (Article article : graph.corpus().articles()) {
            for (Mention mention : article.mentions()) {
                boolean names = graph.corpus().actor(mention.actorId()).map(rollUp::representative)
                        .map(actor::equals).orElse(false);
                if (names) {
                    spans.computeIfAbsent(article, k -> new ArrayList<>()).add(mention.span());
                }
            }
        }
        return spans;
    }

    /** A click on a run of text: selects the most specific relation whose evidence covers it. */
    public void click(ReaderSegment segment) {
        segment.pick().ifPresent(selection::select);
    }

    /** Closes one article's tab. */
    public void close(ReaderDocument document) {
        if (active.get() == document) {
            active.set(null);
        }
        documents.remove(document);
    }

    /** Shows the graph instead of an article. */
    public void showGraph() {
        active.set(null);
    }

    /** The open articles, in the order their tabs appear. */
    public ObservableList<ReaderDocument> documents() {
        return documentsView;
    }

    /** The article shown, or null when the graph is. */
    public ObjectProperty<ReaderDocument> activeProperty() {
        return active;
    }
}
