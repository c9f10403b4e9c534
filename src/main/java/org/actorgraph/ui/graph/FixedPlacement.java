package org.actorgraph.ui.graph;

import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartPlacementStrategy;
import java.util.Map;
import org.actorgraph.model.Point;

/**
 * Puts each vertex where a finished layout says, so the panel opens already settled. Once only:
 * the drawing places its vertices when it is built, and SmartGraph calls this again in its
 * {@code init()}, by when a newer layout may have moved them.
 */
final class FixedPlacement implements SmartPlacementStrategy {

    private final Map<Vertex<ActorVertex>, Point> positions;
    private boolean placed;

    FixedPlacement(Map<Vertex<ActorVertex>, Point> positions) {
        this.positions = Map.copyOf(positions);
    }

    @Override
    public <V, E> void place(double width, double height, SmartGraphPanel<V, E> panel) {
        if (placed) {
            return;
        }
        placed = true;
        for (Vertex<V> vertex : panel.getModel().vertices()) {
            Point point = positions.get(vertex);
            if (point != null) {
                panel.setVertexPosition(vertex, point.x(), point.y());
            } else {
                panel.setVertexPosition(vertex, width / 2, height / 2);
            }
        }
    }
}
