package org.actorgraph.render;

import java.util.List;
import java.util.Objects;
import org.actorgraph.model.Point;
import org.actorgraph.model.Certainty;

/**
 * A figure as plain data: every shape and text already placed, coloured and styled, in drawing
 * units (1 unit = 1 CSS pixel at 72 DPI = 1 PDF point). {@link DrawingBuilder} makes it from a graph
 * and positions; each output format only paints it, so PNG, SVG and PDF look the same.
 *
 * @param width canvas width
 * @param height canvas height
 * @param background background colour, or null for a transparent background
 * @param title the title, or null
 * @param edges edges in painting order
 * @param vertices vertices in painting order (on top of the edges)
 * @param legend the legend, or null
 * @param caption the caption lines, top to bottom (possibly empty)
 * @param clip the rectangle edges and vertices are clipped to when only part of the graph is shown
 *     (a view of the window), or null when the whole graph fits
 */
public record Drawing(double width, double height, Rgb background, Text title, List<Edge> edges,
                      List<Vertex> vertices, Legend legend, List<Text> caption, Box clip) {

    /** An axis-parallel rectangle. */
    public record Box(double x, double y, double width, double height) {
        public double right() {
            return x + width;
        }

        public double bottom() {
            return y + height;
        }
    }

    public Drawing {
        edges = List.copyOf(edges);
        vertices = List.copyOf(vertices);
        caption = List.copyOf(caption);
    }

    /** Where a text's x coordinate is. */
    public enum Anchor { START, MIDDLE }

    /**
     * One line of text.
     *
     * @param baseline y of the baseline
     * @param backdrop colour of a box drawn behind the text for readability, or null
     */
    public record Text(String text, double x, double baseline, double size, Rgb color, Anchor anchor,
                       Rgb backdrop) {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** How a line is stroked. An empty dash array means a solid line. */
    public record LineStyle(Rgb color, double width, List<Double> dash) {
        public LineStyle {
            dash = List.copyOf(dash);
        }

        public boolean solid() {
            return dash.isEmpty();
        }
    }

    /**
     * An edge: a quadratic curve from {@code start} through the pull of {@code control} to
     * {@code end}, and a filled arrow head whose tip touches the target vertex.
     *
     * @param id the aggregated relation's id
     * @param arrow the arrow head's corners: tip, then the two base corners
     */
    public record Edge(String id, String typeId, Certainty certainty, Point start, Point control, Point end,
                       LineStyle style, List<Point> arrow) {
        public Edge {
            arrow = List.copyOf(arrow);
        }
    }

    /** An actor: a filled circle with its name under it. */
    public record Vertex(String actorId, Point center, double radius, Rgb fill, Rgb stroke, double strokeWidth,
                         Text label) {
    }

    /**
     * The legend box, in the margin beside the graph.
     *
     * @param headings section headings
     * @param entries one per relation type and certainty group shown
     */
    public record Legend(double x, double y, double width, double height, Rgb fill, Rgb border,
                         List<Text> headings, List<LegendEntry> entries, List<Text> notes) {
        public Legend {
            headings = List.copyOf(headings);
            entries = List.copyOf(entries);
            notes = List.copyOf(notes);
        }
    }

    /** What a legend entry explains. */
    public enum EntryKind { RELATION_TYPE, CERTAINTY }

    /** A line sample and its label. */
    public record LegendEntry(EntryKind kind, String key, Point from, Point to, LineStyle style, Text label) {
    }
}
