package org.actorgraph.ui.filter;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One row of a filter checklist: a relation type, a certainty, an actor, an article, an outlet or
 * a claimant, whether it is shown, and how much of it is drawn now.
 *
 * @param <K> what the row stands for
 */
public final class FilterOption<K> {

    private final K key;
    private final String label;
    private final String color;
    private final String description;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    /** The count of an option not counted yet: a large graph is counted in the background. */
    public static final int NOT_COUNTED = -1;

    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count", NOT_COUNTED);

    /**
     * @param key what the row stands for
     * @param label the text shown
     * @param color a colour swatch as {@code #RRGGBB}, or null
     * @param description a longer explanation for the tooltip (may be empty)
     */
    public FilterOption(K key, String label, String color, String description) {
        this.key = Objects.requireNonNull(key, "key");
        this.label = Objects.requireNonNull(label, "label");
        this.color = color;
        this.description = Objects.requireNonNullElse(description, "");
    }

    public K key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The colour swatch, or null. */
    public String color() {
        return color;
    }

    public String description() {
        return description;
    }

    /** Ticked: shown. Unticking hides it; the criteria change at once. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public boolean isShown() {
        return shown.get();
    }

    public void setShown(boolean value) {
        shown.set(value);
    }

    /**
     * How much of it is drawn now: edges for types and certainties, relations for actors, claims
     * otherwise; {@link #NOT_COUNTED} until the graph it belongs to has been counted.
     */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    void setCount(int value) {
        count.set(value);
    }

    @Override
    public String toString() {
        return label;
    }
}
