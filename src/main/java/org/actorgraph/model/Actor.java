package org.actorgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A state, person, organisation or group that takes part in relations.
 *
 * <p>Identity is the {@code id} alone: two actors with the same id are equal whatever their other
 * fields, so an actor stays a stable graph vertex and hash key.
 *
 * @param id stable identifier, unique in a corpus
 * @param name display name
 * @param kind what sort of actor this is
 * @param aliases other names the actor goes by (never null)
 * @param affiliation id of the actor this one belongs to (a leader's state), or null
 */
public record Actor(String id, String name, ActorKind kind, List<String> aliases, String affiliation) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The id of the actor this one belongs to, if any. */
    public Optional<String> affiliationId() {
        return Optional.ofNullable(affiliation);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
