package org.actorgraph.ui.graph;

import javafx.beans.value.ObservableDoubleValue;
import org.actorgraph.analysis.AggregatedRelation;

/**
 * One relation's line in a drawing: a curve from its source's vertex to its target's, in a lane
 * among the lines between the same two actors. A small drawing's lines are SmartGraph nodes of its
 * panel ({@link NodeLine}); a large drawing paints its lines, which are then only their geometry
 * and look ({@link PaintedLine}).
 */
interface DrawnLine {

    /** The relation of the base graph the line draws. */
    AggregatedRelation relation();

    /** The line's place in its drawing's painting order, the lowest line first (0). */
    int index();

    boolean isVisible();

    /** Shows or hides the line; returns whether that changed anything. */
    boolean setVisible(boolean visible);

    /** Puts the line in a lane (SmartGraph's multiplicity index, see {@link EdgeLanes}). */
    void setLane(int lane);

    /** Writes the curve as it is now, in {@link LineCurve#VALUES} values, into {@code into}. */
    void curve(double[] into);

    /**
     * One value of the curve, following the line as its vertices move: 0 and 1 are the start, 6
     * and 7 the end.
     */
    ObservableDoubleValue coordinate(int index);
}
