package org.actorgraph.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;

/**
 * All claims that one actor does something of one type to another, bundled into the single edge
 * the view draws. It carries every claim and its distinct evidence sentences. Identity is
 * {@link #id()}, derived from source, type and target, so it is stable across rebuilds.
 */
public final class AggregatedRelation {

    private final String id;
    private final Actor source;
    private final Actor target;
    private final RelationType type;
    private final List<Relation> relations;
    private final List<EvidenceQuote> quotes;
    // Asked by the filter counts, the legend and the line styles of every edge: with 100,000 claims
    // behind a few overview edges, finding it each time cost tens of milliseconds on the UI thread.
    private final Certainty certainty;

    /**
     * @param articleOrder the position of every article of the corpus in file order, by id: built once
     *     per graph, since looking positions up in the article list would cost O(articles) per edge
     */
    AggregatedRelation(Actor source, Actor target, RelationType type, List<Relation> relations, Corpus corpus,
                       Map<String, Integer> articleOrder) {
        this.id = idOf(source, target, type);
        this.source = source;
        this.target = target;
        this.type = type;
        this.relations = List.copyOf(relations);
        this.quotes = collectQuotes(this.relations, corpus, articleOrder);
        this.certainty = this.relations.stream().map(Relation::certainty).min(Comparator.naturalOrder())
                .orElse(Certainty.REPORTED);
    }

    /** The id an aggregated relation between these actors with this type has. */
    public static String idOf(Actor source, Actor target, RelationType type) {
        return source.id() + "|" + type.id() + "|" + target.id();
    }

    // A sentence the article repeats is one quote: equal text in the same article merges.
    private static List<EvidenceQuote> collectQuotes(List<Relation> relations, Corpus corpus,
                                                     Map<String, Integer> articleOrder) {
        if (relations.size() == 1 && relations.get(0).evidence().size() == 1) {
            // Most edges of a large corpus: one claim with one sentence, nothing to merge or sort.
            Relation relation = relations.get(0);
            Article article = corpus.requireArticle(relation.articleId());
            TextSpan span = relation.evidence().get(0);
            return Collections.singletonList(
                    new EvidenceQuote(article.quote(span).strip(), article, List.of(span), List.of(relation)));
        }
        record Key(String articleId, String text) { }
        final class Sentence {
            private final Article article;
            private final List<TextSpan> spans = new ArrayList<>();
            private final List<Relation> claims = new ArrayList<>();

            Sentence(Article article) {
                this.article = article;
            }
        }
        Map<Key, Sentence> sentences = new LinkedHashMap<>();
        for (Relation relation : relations) {
            Article article = corpus.requireArticle(relation.articleId());
            for (TextSpan span : relation.evidence()) {
                Sentence sentence = sentences.computeIfAbsent(new Key(article.id(), article.quote(span).strip()),
                        k -> new Sentence(article));
                if (!sentence.spans.contains(span)) {
                    sentence.spans.add(span);
                }
                if (!sentence.claims.contains(relation)) {
                    sentence.claims.add(relation);
                }
            }
        }
        List<EvidenceQuote> result = new ArrayList<>();
        sentences.forEach((key, sentence) -> {
            sentence.spans.sort(Comparator.comparingInt(TextSpan::start));
            result.add(new EvidenceQuote(key.text(), sentence.article, sentence.spans, sentence.claims));
        });
        result.sort(Comparator.<EvidenceQuote>comparingInt(q -> articleOrder.get(q.article().id()))
                .thenComparingInt(q -> q.occurrences().get(0).start()));
        return Collections.unmodifiableList(result);
    }

    public String id() {
        return id;
    }

    public Actor source() {
        return source;
    }

    public Actor target() {
        return target;
    }

    public RelationType type() {
        return type;
    }

    /** The claims bundled here, in file order. */
    public List<Relation> relations() {
        return relations;
    }

    /** The most certain of its claims: one reported claim makes the edge reported. */
    public Certainty certainty() {
        return certainty;
    }

    /** The statuses of its claims, in declaration order. */
    public SortedSet<Status> statuses() {
        return new TreeSet<>(relations.stream().map(Relation::status)
                .collect(() -> EnumSet.noneOf(Status.class), EnumSet::add, EnumSet::addAll));
    }

    /** The distinct evidence sentences, article by article in text order. */
    public List<EvidenceQuote> quotes() {
        return quotes;
    }

    /** How much evidence there is: distinct sentences, so a repeated sentence counts once. */
    public int evidenceCount() {
        return quotes.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AggregatedRelation other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return source.name() + " → " + target.name() + " (" + type.label() + ")";
    }
}
