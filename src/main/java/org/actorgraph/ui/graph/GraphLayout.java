package org.actorgraph.ui.graph;

import java.util.Map;
import java.util.Objects;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;

/**
 * A finished layout: where each actor of a graph goes in a drawing of the given size.
 *
 * @param graph the graph shown: the full graph, or what the filters leave of it
 * @param base the graph the shown one was filtered from; the view draws every element of the base
 *     once and hides what the filters leave out, so a filter change does not rebuild the drawing.
 *     The same as {@code graph} when nothing was filtered or the graph has actors of its own
 * @param positions the centre of every shown vertex
 * @param width the drawing's width
 * @param height the drawing's height
 * @param keepViewport whether the view keeps its zoom and centre (a filter change, a moved actor)
 *     instead of fitting the drawing to the window (a new graph, a new layout)
 */
public record GraphLayout(AggregatedGraph graph, AggregatedGraph base, Map<Actor, Point> positions,
                          double width, double height, boolean keepViewport) {
    public GraphLayout {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(base, "base");
        positions = Map.copyOf(positions);
    }

    /** A layout of a graph that is its own base. */
    public GraphLayout(AggregatedGraph graph, Map<Actor, Point> positions, double width, double height,
                       boolean keepViewport) {
        this(graph, graph, positions, width, height, keepViewport);
    }

    /** A layout the view fits to the window. */
    public GraphLayout(AggregatedGraph graph, Map<Actor, Point> positions, double width, double height) {
        this(graph, positions, width, height, false);
    }

    /**
     * Lines from which a drawing is built away from the window (making its nodes takes longer than
     * a frame), and shows its lines as a picture painted in the background.
     */
    static final int MANY_LINES = 300;

    /** Whether this layout's drawing has more than {@link #MANY_LINES} lines. */
    public boolean hasManyLines() {
        return base.relations().size() > MANY_LINES;
    }

    /** The drawing size for a corpus with this many actors: roomier as the graph grows. */
    public static double[] drawingSize(int actorCount) {
        return org.actorgraph.analysis.ForceLayout.windowDrawingSize(actorCount);
    }
}
