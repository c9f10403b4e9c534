package org.actorgraph.analysis;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.model.Actor;
import org.actorgraph.model.ActorKind;
import org.actorgraph.model.Article;
import org.actorgraph.model.Attribution;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.model.Status;
import org.actorgraph.model.TextSpan;

/** Builds small corpora in code, one sentence per relation, for analysis tests. */
final class SmallCorpus {

    private final List<Actor> actors = new ArrayList<>();
    private final List<RelationType> types = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Relation> relations = new ArrayList<>();

    SmallCorpus state(String id, String name) {
        actors.add(new Actor(id, name, ActorKind.STATE, List.of(), null));
        return this;
    }

    SmallCorpus person(String id, String name, String affiliation) {
        actors.add(new Actor(id, name, ActorKind.PERSON, List.of(), affiliation));
        return this;
    }

    SmallCorpus type(String id) {
        types.add(new RelationType(id, id.replace('_', ' '), "#112233", "", List.of(), null));
        return this;
    }

    /** Adds a relation whose evidence is the given sentences, each appended to the article text. */
    SmallCorpus relation(String source, String type, String target, Status status, String... sentences) {
        List<TextSpan> spans = new ArrayList<>();
        for (String sentence : sentences) {
            int start = text.length();
            text.append(sentence);
            spans.add(new TextSpan(start, text.length()));
            text.append(' ');
        }
        relations.add(new Relation("r" + (relations.size() + 1), "a1", source, target, type, status, false,
                null, new Attribution("test", null), spans, null));
        return this;
    }

    Corpus build() {
        Article article = new Article("a1", "Test article", "Test outlet", null, null, text.toString(), List.of());
        return new Corpus("test", actors, types, List.of(article), relations);
    }
}
