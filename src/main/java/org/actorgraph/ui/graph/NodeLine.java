package org.actorgraph.ui.graph;

import com.brunomnsilva.smartgraph.graphview.SmartGraphEdgeNode;
import javafx.beans.value.ObservableDoubleValue;
import org.actorgraph.analysis.AggregatedRelation;

/**
 * A line of a small drawing: a SmartGraph line node in the panel, which follows its vertices
 * itself, with its arrow head node when it has one.
 */
final class NodeLine implements DrawnLine {

    private final int index;
    private final AggregatedRelation relation;
    private final SmartGraphEdgeNode<RelationEdge, ActorVertex> node;

    NodeLine(int index, AggregatedRelation relation, SmartGraphEdgeNode<RelationEdge, ActorVertex> node) {
        this.index = index;
        this.relation = relation;
        this.node = node;
    }

    @Override
    public int index() {
        return index;
    }

    /** The line's node in the panel. */
    SmartGraphEdgeNode<RelationEdge, ActorVertex> node() {
        return node;
    }

    @Override
    public AggregatedRelation relation() {
        return relation;
    }

    @Override
    public boolean isVisible() {
        return node.isVisible();
    }

    @Override
    public boolean setVisible(boolean visible) {
        if (node.isVisible() == visible) {
            return false;
        }
        node.setVisible(visible);
        return true;
    }

    @Override
    public void setLane(int lane) {
        node.setMultiplicityIndex(lane);
    }

    @Override
    public void curve(double[] into) {
        into[0] = node.getStartX();
        into[1] = node.getStartY();
        into[2] = node.getControlX1();
        into[3] = node.getControlY1();
        into[4] = node.getControlX2();
        into[5] = node.getControlY2();
        into[6] = node.getEndX();
        into[7] = node.getEndY();
    }

    @Override
    public ObservableDoubleValue coordinate(int index) {
        return switch (index) {
            case 0 -> node.startXProperty();
            case 1 -> node.startYProperty();
            case 2 -> node.controlX1Property();
            case 3 -> node.controlY1Property();
            case 4 -> node.controlX2Property();
            case 5 -> node.controlY2Property();
            case 6 -> node.endXProperty();
            case 7 -> node.endYProperty();
            default -> throw new IllegalArgumentException("a curve has no value " + index);
        };
    }
}
