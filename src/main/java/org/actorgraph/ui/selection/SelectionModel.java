package org.actorgraph.ui.selection;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Actor;

/**
 * The current selection, shared by the graph (which changes it) and the details panel (which
 * shows it). Passed to both by constructor.
 */
public final class SelectionModel {

    private final ReadOnlyObjectWrapper<Selection> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", Selection.NONE);

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public Selection getSelection() {
        return selection.get();
    }

    public void select(Actor actor) {
        selection.set(Selection.of(actor));
    }

    public void select(AggregatedRelation relation) {
        selection.set(Selection.of(relation));
    }

    public void clear() {
        selection.set(Selection.NONE);
    }
}
