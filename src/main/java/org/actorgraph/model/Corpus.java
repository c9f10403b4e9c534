package org.actorgraph.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated collection of actors, relation types, articles and the relations the articles state.
 * Every id a relation or mention refers to exists and every span lies inside its article; the
 * reader guarantees this before it builds a corpus. Immutable.
 */
public final class Corpus {

    /** The version of the file format this model corresponds to. */
    public static final int FORMAT_VERSION = 1;

    private final String title;
    private final Map<String, Actor> actors;
    private final Map<String, RelationType> relationTypes;
    private final Map<String, Article> articles;
    private final List<Relation> relations;

    /** Builds a corpus; lists keep their order, which is the order of the file. */
    public Corpus(String title, List<Actor> actors, List<RelationType> relationTypes,
                  List<Article> articles, List<Relation> relations) {
        this.title = Objects.requireNonNullElse(title, "");
        this.actors = index(actors, Actor::id);
        this.relationTypes = index(relationTypes, RelationType::id);
        this.articles = index(articles, Article::id);
        this.relations = List.copyOf(relations);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("duplicate id " + id.apply(a));
        }, LinkedHashMap::new));
    }

    public String title() {
        return title;
    }

    /** All actors, in file order. */
    public List<Actor> actors() {
        return List.copyOf(actors.values());
    }

    /** All relation types, in file order. */
    public List<RelationType> relationTypes() {
        return List.copyOf(relationTypes.values());
    }

    /** All articles, in file order. */
    public List<Article> articles() {
        return List.copyOf(articles.values());
    }

    /** All relations, article by article, in file order. */
    public List<Relation> relations() {
        return relations;
    }

    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actors.get(id));
    }

    public Optional<RelationType> relationType(String id) {
        return Optional.ofNullable(relationTypes.get(id));
    }

    public Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** The actor with this id; use only for ids the corpus is known to contain. */
    public Actor requireActor(String id) {
        return actor(id).orElseThrow(() -> new IllegalArgumentException("no actor " + id));
    }

    /** The relation type with this id; use only for ids the corpus is known to contain. */
    public RelationType requireType(String id) {
        return relationType(id).orElseThrow(() -> new IllegalArgumentException("no relation type " + id));
    }

    /** The article with this id; use only for ids the corpus is known to contain. */
    public Article requireArticle(String id) {
        return article(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
    }
}
