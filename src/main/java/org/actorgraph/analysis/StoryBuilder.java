package org.actorgraph.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.Story;
import org.actorgraph.model.StoryStep;
import org.actorgraph.model.TextSpan;

/**
 * Builds the default story of a corpus: one step per sentence that states claims.
 *
 * <p>A step holds one relation, or the relations stated by the same sentence: relations of one
 * article whose evidence spans are identical, or whose first spans are the same span, form one step
 * ("the United States and West support Ukraine with weapons, training, and intelligence" states four
 * claims and is one step). A claim whose sentence the article repeats cites every place; it is still
 * one claim and one step, placed at its first place.
 *
 * <p>{@link StoryOrder#TEXT} orders the steps as the articles tell them (articles in file order, then
 * by the first evidence offset of the step); {@link StoryOrder#DATE} by the earliest period of the
 * step's claims ({@link GraphFilter#periodOf}: the claim's date, else its article's date), undated
 * steps last, ties in text order.
 *
 * <p>A step's title names its first relation as annotated, people not rolled up: "Kim Jong-Un →
 * Russia: visit". Its note is empty. Instances hold no state.
 */
public final class StoryBuilder {

    /** The default story of {@code corpus}, titled like the corpus. */
    public Story build(Corpus corpus, StoryOrder order) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(order, "order");
        List<Group> groups = groups(corpus);
        if (order == StoryOrder.DATE) {
            groups.sort(Comparator.comparing((Group g) -> g.period(corpus).orElse(null),
                    Comparator.nullsLast(Comparator.naturalOrder())));
        }
        List<StoryStep> steps = groups.stream()
                .map(g -> new StoryStep(g.relations.stream().map(Relation::id).toList(),
                        title(g.relations.get(0), corpus), ""))
                .toList();
        return new Story(corpus.title(), steps);
    }

    /** The title of a step that starts with {@code relation}: "North Korea → Russia: arms supply". */
    public static String title(Relation relation, Corpus corpus) {
        String type = corpus.relationType(relation.typeId()).map(RelationType::label).orElse(relation.typeId());
        return name(relation.sourceId(), corpus) + " → " + name(relation.targetId(), corpus) + ": "
                + lowerFirst(type) + (relation.negated() ? " (negated)" : "");
    }

    private static String name(String actorId, Corpus corpus) {
        return corpus.actor(actorId).map(Actor::name).orElse(actorId);
    }

    /** "Arms supply" → "arms supply", but "UN sanctions" stays as it is. */
    private static String lowerFirst(String label) {
        if (label.isEmpty() || (label.length() > 1 && Character.isUpperCase(label.charAt(1)))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The groups in text order. */
    private static List<Group> groups(Corpus corpus) {
        Map<String, Integer> articleIndex = new HashMap<>();
        List<Article> articles = corpus.articles();
        for (int i = 0; i < articles.size(); i++) {
            articleIndex.put(articles.get(i).id(), i);
        }
        Map<Object, Group> byKey = new LinkedHashMap<>();
        int fileIndex = 0;
        for (Relation relation : corpus.relations()) {
            int position = fileIndex++;
            if (relation.evidence().isEmpty()) {
                byKey.put(List.of("claim", relation.id()), new Group(relation, articleIndex, position));
                continue;
            }
            // Identical spans share the first span, so the first span is the whole key.
            TextSpan first = relation.evidence().get(0);
            Object key = List.of(relation.articleId(), first.start(), first.end());
            Group group = byKey.get(key);
            if (group == null) {
                byKey.put(key, new Group(relation, articleIndex, position));
            } else {
                group.relations.add(relation);
            }
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        groups.sort(Comparator.comparingInt((Group g) -> g.article)
                .thenComparingInt(g -> g.offset)
                .thenComparingInt(g -> g.fileIndex));
        return groups;
    }

    /** The relations of one step and where the step stands in the text. */
    private static final class Group {
        final List<Relation> relations = new ArrayList<>();
        final int article;
        final int offset;
        final int fileIndex;

        Group(Relation first, Map<String, Integer> articleIndex, int fileIndex) {
            relations.add(first);
            this.article = articleIndex.getOrDefault(first.articleId(), Integer.MAX_VALUE);
            this.offset = first.evidence().stream().mapToInt(TextSpan::start).min().orElse(Integer.MAX_VALUE);
            this.fileIndex = fileIndex;
        }

        Optional<DatePeriod> period(Corpus corpus) {
            return relations.stream().map(r -> GraphFilter.periodOf(r, corpus)).flatMap(Optional::stream)
                    .min(Comparator.naturalOrder());
        }
    }
}
