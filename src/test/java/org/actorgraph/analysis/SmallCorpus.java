package org.actorgraph.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.Attribution;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;

/**
 * Builds small corpora in code, one sentence per relation, for tests. Relations go to the
 * article last started with {@link #article} (an article "a1" of "Test outlet", undated, when none
 * was). Relations are numbered r1, r2, … in the order they are added; {@link #dated},
 * {@link #by}, {@link #ownVoice} and {@link #negated} change the relation added last.
 */
public final class SmallCorpus {

    private record ArticleDraft(String id, String outlet, DatePeriod date, StringBuilder text) { }

    private final List<Actor> actors = new ArrayList<>();
    private final List<RelationType> types = new ArrayList<>();
    private final Map<String, ArticleDraft> articles = new LinkedHashMap<>();
    private ArticleDraft current;
    private final List<Relation> relations = new ArrayList<>();

    public SmallCorpus state(String id, String name, String... aliases) {
        actors.add(new Actor(id, name, ActorKind.STATE, List.of(aliases), null));
        return this;
    }

    public SmallCorpus person(String id, String name, String affiliation, String... aliases) {
        actors.add(new Actor(id, name, ActorKind.PERSON, List.of(aliases), affiliation));
        return this;
    }

    public SmallCorpus type(String id) {
        types.add(new RelationType(id, id.replace('_', ' '), "#112233", "", List.of(), null));
        return this;
    }

    /** Starts an article; later relations are stated in it. {@code date} is ISO text or null. */
    public SmallCorpus article(String id, String outlet, String date) {
        current = new ArticleDraft(id, outlet, date == null ? null : DatePeriod.parse(date).orElseThrow(),
                new StringBuilder());
        articles.put(id, current);
        return this;
    }

    /** Adds a relation whose evidence is the given sentences, each appended to the article text. */
    public SmallCorpus relation(String source, String type, String target, Status status, String... sentences) {
        if (current == null) {
            article("a1", "Test outlet", null);
        }
        List<TextSpan> spans = new ArrayList<>();
        StringBuilder text = current.text();
        for (String sentence : sentences) {
            int start = text.length();
            text.append(sentence);
            spans.add(new TextSpan(start, text.length()));
            text.append(' ');
        }
        relations.add(new Relation("r" + (relations.size() + 1), current.id(), source, target, type, status, false,
                null, new Attribution("test", null), spans, null));
        return this;
    }

    /** A reported relation with one sentence of evidence of its own. */
    public SmallCorpus link(String source, String type, String target) {
        return relation(source, type, target, Status.REPORTED,
                source + " " + type + " " + target + " (" + (relations.size() + 1) + ").");
    }

    /** Dates the last relation (ISO text). */
    public SmallCorpus dated(String date) {
        return replaceLast(r -> new Relation(r.id(), r.articleId(), r.sourceId(), r.targetId(), r.typeId(),
                r.status(), r.negated(), DatePeriod.parse(date).orElseThrow(), r.attribution(), r.evidence(),
                r.note()));
    }

    /** Attributes the last relation to a claimant. */
    public SmallCorpus by(String claimant) {
        return replaceLast(r -> new Relation(r.id(), r.articleId(), r.sourceId(), r.targetId(), r.typeId(),
                r.status(), r.negated(), r.date(), new Attribution(claimant, null), r.evidence(), r.note()));
    }

    /** Makes the last relation a claim in the outlet's own voice (no attribution). */
    public SmallCorpus ownVoice() {
        return replaceLast(r -> new Relation(r.id(), r.articleId(), r.sourceId(), r.targetId(), r.typeId(),
                r.status(), r.negated(), r.date(), null, r.evidence(), r.note()));
    }

    /** Makes the last relation a negated claim. */
    public SmallCorpus negated() {
        return replaceLast(r -> new Relation(r.id(), r.articleId(), r.sourceId(), r.targetId(), r.typeId(),
                r.status(), true, r.date(), r.attribution(), r.evidence(), r.note()));
    }

    private SmallCorpus replaceLast(java.util.function.UnaryOperator<Relation> change) {
        relations.set(relations.size() - 1, change.apply(relations.get(relations.size() - 1)));
        return this;
    }

    public Corpus build() {
        if (articles.isEmpty()) {
            article("a1", "Test outlet", null);
        }
        List<Article> built = new ArrayList<>();
        for (ArticleDraft draft : articles.values()) {
            built.add(new Article(draft.id(), "Test article " + draft.id(), draft.outlet(), draft.date(), null,
                    draft.text().toString(), List.of()));
        }
        return new Corpus("test", actors, types, built, relations);
    }
}
