package org.actorgraph.analysis;

import java.util.List;
import java.util.Objects;
import org.actorgraph.model.Actor;

/**
 * A vertex of a grouped {@link AggregatedGraph} that stands for several actors: the actors outside
 * the top K, or one community. Made by {@link ActorGrouping}; read it with
 * {@link AggregatedGraph#group(Actor)}.
 *
 * @param actor the vertex drawn for the group: an {@link Actor} that is not in the corpus, with an
 *     id starting with {@value #ID_PREFIX} and a name that gives the number of members
 * @param kind what sort of group it is
 * @param members the actors it stands for (vertices of the ungrouped graph), most central first,
 *     ties by id; at least two
 * @param internalRelations aggregated relations between two members, left out of the drawing
 * @param internalClaims the claims bundled in those relations
 */
public record ActorGroup(Actor actor, Kind kind, List<Actor> members, int internalRelations, int internalClaims) {

    /** How the id of every group vertex begins; no corpus actor id may begin so. */
    public static final String ID_PREFIX = "group:";

    /** What sort of group a vertex is. */
    public enum Kind {
        /** The actors left out of the top K, all in one vertex. */
        OTHERS,
        /** One community found by {@link CommunityDetection}. */
        COMMUNITY,
        /** The actors without any relation drawn, in a community overview: they belong to no community. */
        UNLINKED
    }

    public ActorGroup {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        members = List.copyOf(members);
        if (members.size() < 2) {
            throw new IllegalArgumentException("a group has at least two members");
        }
    }

    /** The most central member: the one a community is named after. */
    public Actor leader() {
        return members.get(0);
    }

    /** The number of actors the group stands for. */
    public int size() {
        return members.size();
    }

    /** The id of the group vertex: {@link #actor()}'s id, e.g. {@code group:community:rus}. */
    public String id() {
        return actor.id();
    }
}
