package org.actorgraph.ui.graph;

import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableDoubleValue;
import org.actorgraph.analysis.AggregatedRelation;

/**
 * A line of a large drawing, which {@link LineLayer} paints with the others: its relation, its
 * vertices, its lane, whether it is shown and its inline style, and no scene node. A SmartGraph
 * line node, with its bound properties and listeners, is a few kilobytes; at 90,000 lines making
 * them filled the young generation, whose collection then held the window for a quarter of a
 * second. The curve is worked out from the vertices ({@link LineCurve}) and kept until a vertex
 * moves or is resized ({@link #stale()}) or the lane changes: the window reads the curves of every
 * line to fit the view and to paint.
 */
final class PaintedLine implements DrawnLine {

    private final int index;
    private final AggregatedRelation relation;
    private final SmartGraphVertexNode<ActorVertex> source;
    private final SmartGraphVertexNode<ActorVertex> target;
    // As SmartGraph decides the side of a bend: from the vertex node with the smaller identity hash.
    private final boolean sourceFirst;
    private int lane;
    private boolean visible = true;
    private String style;
    private LineLayer.Look look;
    // The curve as last worked out, null once a vertex or the lane changed; never changed in
    // place, so that a painting under way keeps the curve it was given.
    private double[] curve;
    // Made only when something follows the line (the selection halo, a drag sketch).
    private SimpleIntegerProperty laneWatch;

    PaintedLine(int index, AggregatedRelation relation, SmartGraphVertexNode<ActorVertex> source,
                SmartGraphVertexNode<ActorVertex> target) {
        this.index = index;
        this.relation = relation;
        this.source = source;
        this.target = target;
        this.sourceFirst = System.identityHashCode(source) <= System.identityHashCode(target);
    }

    @Override
    public AggregatedRelation relation() {
        return relation;
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public boolean isVisible() {
        return visible;
    }

    @Override
    public boolean setVisible(boolean visible) {
        boolean changed = this.visible != visible;
        this.visible = visible;
        return changed;
    }

    @Override
    public void setLane(int lane) {
        if (lane != this.lane) {
            curve = null;
        }
        this.lane = lane;
        if (laneWatch != null) {
            laneWatch.set(lane);
        }
    }

    int lane() {
        return lane;
    }

    @Override
    public void curve(double[] into) {
        System.arraycopy(curve(), 0, into, 0, LineCurve.VALUES);
    }

    /** The curve as it is now; the array is never changed afterwards, so it may be kept. */
    double[] curve() {
        if (curve == null) {
            double[] made = new double[LineCurve.VALUES];
            workOut(made);
            curve = made;
        }
        return curve;
    }

    private void workOut(double[] into) {
        LineCurve.between(source.getCenterX(), source.getCenterY(), source.getRadius(), target.getCenterX(),
                target.getCenterY(), target.getRadius(), lane, sourceFirst, into);
    }

    /** One of the line's vertices moved or was resized: the curve is worked out again when asked for. */
    void stale() {
        curve = null;
    }

    @Override
    public ObservableDoubleValue coordinate(int index) {
        if (laneWatch == null) {
            laneWatch = new SimpleIntegerProperty(lane);
        }
        // Worked out from the vertices, not the kept curve: a listener may ask before the curve is
        // told that a vertex moved.
        return Bindings.createDoubleBinding(() -> {
            double[] now = new double[LineCurve.VALUES];
            workOut(now);
            return now[index];
        }, source.centerXProperty(), source.centerYProperty(), source.radiusProperty(), target.centerXProperty(),
                target.centerYProperty(), target.radiusProperty(), laneWatch);
    }

    /** The inline style the drawing last gave the line (its look), or null before the first. */
    String style() {
        return style;
    }

    /** Gives the line an inline style; returns whether it differs from the one it had. */
    boolean setStyle(String style) {
        if (style.equals(this.style)) {
            return false;
        }
        this.style = style;
        look = null;
        return true;
    }

    /** The look read from the style, once {@link LineLayer} has read it; null until then. */
    LineLayer.Look look() {
        return look;
    }

    void keepLook(LineLayer.Look look) {
        this.look = look;
    }

    /** The actors' vertices at the line's ends: a moved or resized one moves the line. */
    SmartGraphVertexNode<ActorVertex> source() {
        return source;
    }

    SmartGraphVertexNode<ActorVertex> target() {
        return target;
    }
}
