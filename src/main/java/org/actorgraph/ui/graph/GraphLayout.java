package org.actorgraph.ui.graph;

import java.util.Map;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;

/**
 * A finished layout: where each actor of a graph goes in a drawing of the given size.
 *
 * @param graph the graph laid out
 * @param positions the centre of every vertex
 * @param width the drawing's width
 * @param height the drawing's height
 * @param keepViewport whether the view keeps its zoom and centre (a filter change, a moved actor)
 *     instead of fitting the drawing to the window (a new graph, a new layout)
 */
public record GraphLayout(AggregatedGraph graph, Map<Actor, Point> positions, double width, double height,
                          boolean keepViewport) {
    public GraphLayout {
        positions = Map.copyOf(positions);
    }

    /** A layout the view fits to the window. */
    public GraphLayout(AggregatedGraph graph, Map<Actor, Point> positions, double width, double height) {
        this(graph, positions, width, height, false);
    }

    /** The drawing size for a corpus with this many actors: roomier as the graph grows. */
    public static double[] drawingSize(int actorCount) {
        return org.actorgraph.analysis.ForceLayout.windowDrawingSize(actorCount);
    }
}
