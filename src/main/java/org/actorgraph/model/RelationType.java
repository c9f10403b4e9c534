package org.actorgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A kind of directed relation, such as arms supply or warning, with the colour it is drawn in and
 * its mapping onto the CAMEO and PLOVER event ontologies. Identity is the {@code id} alone.
 *
 * @param id stable identifier, unique in a corpus
 * @param label display name
 * @param color colour as {@code #RRGGBB}
 * @param description what the type means, for tooltips and the legend
 * @param cameo CAMEO event codes this type corresponds to (never null)
 * @param plover PLOVER category, with mode or context when useful, or null
 */
public record RelationType(String id, String label, String color, String description,
                           List<String> cameo, String plover) {

    public RelationType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(color, "color");
        cameo = cameo == null ? List.of() : List.copyOf(cameo);
        description = description == null ? "" : description;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelationType other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return label;
    }
}
