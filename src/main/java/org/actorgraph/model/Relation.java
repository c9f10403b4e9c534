package org.actorgraph.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim, stated in one article, that a source actor does something of a given type to a target
 * actor. It keeps its evidence: the spans of the article that state it, who makes the claim and how
 * certain it is. Identity is the {@code id} alone, so each claim is its own graph edge even when
 * several claims join the same actors with the same type.
 *
 * @param id stable identifier, unique in a corpus
 * @param articleId the article that states it
 * @param sourceId the acting actor
 * @param targetId the actor acted upon
 * @param typeId the relation type
 * @param status how the article presents the claim
 * @param negated true when the claim is that the relation does <em>not</em> hold
 * @param date when the relation happened or is to happen, or null
 * @param attribution who makes the claim, or null when the outlet states it in its own voice
 * @param evidence the spans that state it, at least one (never null)
 * @param note a free-text remark by the annotator, or null
 * @param measures numbers an importer keeps with the claim, such as GDELT's {@code NumMentions} or
 *     {@code GoldsteinScale}, by name in insertion order (never null, usually empty)
 */
public record Relation(String id, String articleId, String sourceId, String targetId, String typeId,
                       Status status, boolean negated, DatePeriod date, Attribution attribution,
                       List<TextSpan> evidence, String note, Map<String, Double> measures) {

    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(typeId, "typeId");
        Objects.requireNonNull(status, "status");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        measures = measures == null || measures.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(measures));
    }

    /** A relation without measures, as annotated by hand. */
    public Relation(String id, String articleId, String sourceId, String targetId, String typeId,
                    Status status, boolean negated, DatePeriod date, Attribution attribution,
                    List<TextSpan> evidence, String note) {
        this(id, articleId, sourceId, targetId, typeId, status, negated, date, attribution, evidence, note, Map.of());
    }

    /** How the relation is drawn: a negated claim looks like a denied one. */
    public Certainty certainty() {
        return negated ? Certainty.DENIED : status.certainty();
    }

    /** When the relation happened or is to happen, if the annotation says. */
    public Optional<DatePeriod> period() {
        return Optional.ofNullable(date);
    }

    /** Who makes the claim, if the annotation says. */
    public Optional<Attribution> claimant() {
        return Optional.ofNullable(attribution);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Relation other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id + ": " + sourceId + " -" + typeId + "-> " + targetId;
    }
}
