package org.actorgraph.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Relation;
import org.actorgraph.model.RelationType;
import org.actorgraph.render.Drawing.Anchor;
import org.actorgraph.render.Drawing.Box;
import org.actorgraph.render.Drawing.EntryKind;
import org.actorgraph.render.Drawing.LegendEntry;
import org.actorgraph.render.Drawing.LineStyle;
import org.actorgraph.render.Drawing.Text;

/**
 * Turns an aggregated graph and vertex positions into a {@link Drawing}: the title on top, the
 * legend in a column on the right (beside the graph, never over it), the source caption wrapped
 * at the bottom, and the graph fitted into what is left. Edges follow {@link EdgeStyles}; parallel
 * edges between two actors (several types, or both directions) become separate curved lanes,
 * symmetric around the straight line. Stateless apart from the fonts used to measure text.
 */
public final class DrawingBuilder {

    static final double MARGIN = 24;
    static final double TITLE_SIZE = 20;
    static final double LABEL_SIZE = 12;
    static final double LEGEND_SIZE = 11;
    static final double CAPTION_SIZE = 10;
    /** Distance between the middles of two neighbouring parallel edges. */
    static final double LANE_SPACING = 18;
    static final double GAP = 16;

    private final FontSet fonts;

    public DrawingBuilder(FontSet fonts) {
        this.fonts = fonts;
    }

    public DrawingBuilder() {
        this(FontSet.bundled());
    }

    /**
     * Lays the graph out with the seeded {@link ForceLayout} in exactly the space the figure leaves
     * for it, then builds the drawing. Same graph, options and seed give the same drawing.
     */
    public Drawing layOutAndBuild(AggregatedGraph graph, ImageOptions options, long seed) {
        return build(graph, layOut(graph, options, seed), options);
    }

    /**
     * The positions {@link #layOutAndBuild} gives the vertices, in a plane the size of the
     * {@linkplain #graphArea graph area} (before fitting).
     */
    public Map<Actor, Point> layOut(AggregatedGraph graph, ImageOptions options, long seed) {
        Box area = graphArea(graph, options);
        Padding padding = padding(graph, Map.of());
        double margin = Math.max(padding.side(), padding.bottom());
        return new ForceLayout(margin).layout(graph.graph(), area.width(), area.height(), seed, Map.of());
    }

    /** The rectangle of the canvas the graph is fitted into: what title, legend and caption leave. */
    public Box graphArea(AggregatedGraph graph, ImageOptions options) {
        return frame(graph, options).area();
    }

    /**
     * How a story step sets some edges apart ({@link #build(AggregatedGraph, Map, ImageOptions, Emphasis)}).
     *
     * @param claimIds the claims to emphasise: an edge bundling one of them is drawn in full colour
     *     and thicker, and so are its two actors; every other edge and actor is dimmed by mixing its
     *     colours towards the background (opaque, so prints and PDFs look the same everywhere)
     * @param dimming how far dimmed colours move towards the background, from 0 (not at all) to 1
     */
    public record Emphasis(Set<String> claimIds, double dimming) {

        /** How much thicker an emphasised edge is drawn, in drawing units. */
        public static final double EXTRA_WIDTH = 2.5;

        public Emphasis {
            claimIds = Set.copyOf(claimIds);
            if (!(dimming >= 0 && dimming <= 1)) {
                throw new IllegalArgumentException("dimming must be between 0 and 1, was " + dimming);
            }
        }

        /** Emphasises these claims and dims the rest by 0.65. */
        public static Emphasis of(Set<String> claimIds) {
            return new Emphasis(claimIds, 0.65);
        }

        boolean emphasises(AggregatedRelation edge) {
            return edge.relations().stream().anyMatch(r -> claimIds.contains(r.id()));
        }
    }

    /**
     * Builds the drawing like {@link #build(AggregatedGraph, Map, ImageOptions)}, with some claims
     * emphasised and the rest dimmed (see {@link Emphasis}); {@code emphasis} null draws everything
     * normally.
     */
    public Drawing build(AggregatedGraph graph, Map<Actor, Point> positions, ImageOptions options,
                         Emphasis emphasis) {
        Drawing drawing = build(graph, positions, options);
        if (emphasis == null) {
            return drawing;
        }
        Theme theme = options.theme();
        Set<String> emphasisedEdges = new LinkedHashSet<>();
        Set<String> emphasisedActors = new LinkedHashSet<>();
        for (AggregatedRelation edge : graph.relations()) {
            if (emphasis.emphasises(edge)) {
                emphasisedEdges.add(edge.id());
                emphasisedActors.add(edge.source().id());
                emphasisedActors.add(edge.target().id());
            }
        }
        Map<String, AggregatedRelation> byId = new LinkedHashMap<>();
        graph.relations().forEach(e -> byId.put(e.id(), e));
        Map<Actor, Point> placed = new LinkedHashMap<>();
        Map<Actor, Double> radii = new LinkedHashMap<>();
        for (Drawing.Vertex vertex : drawing.vertices()) {
            Actor actor = graph.actor(vertex.actorId()).orElseThrow();
            placed.put(actor, vertex.center());
            radii.put(actor, vertex.radius());
        }
        Rgb fade = theme.background();
        List<Drawing.Edge> dimmed = new ArrayList<>();
        List<Drawing.Edge> emphasised = new ArrayList<>();
        for (Drawing.Edge edge : drawing.edges()) {
            if (emphasisedEdges.contains(edge.id())) {
                // Rebuilt with a wider line so that the arrow head grows with it; drawn last, on top.
                LineStyle style = edge.style();
                double width = style.width() + Emphasis.EXTRA_WIDTH;
                emphasised.add(withStyle(edge, new LineStyle(style.color(), width,
                        EdgeStyles.dash(edge.certainty(), width)), byId.get(edge.id()), placed, radii));
            } else {
                LineStyle style = edge.style();
                dimmed.add(new Drawing.Edge(edge.id(), edge.typeId(), edge.certainty(), edge.start(), edge.control(),
                        edge.end(), new LineStyle(style.color().mix(fade, emphasis.dimming()), style.width(),
                        style.dash()), edge.arrow()));
            }
        }
        List<Drawing.Edge> edges = new ArrayList<>(dimmed);
        edges.addAll(emphasised);
        List<Drawing.Vertex> vertices = new ArrayList<>();
        for (Drawing.Vertex vertex : drawing.vertices()) {
            if (emphasisedActors.contains(vertex.actorId())) {
                vertices.add(new Drawing.Vertex(vertex.actorId(), vertex.center(), vertex.radius(), vertex.fill(),
                        vertex.stroke(), vertex.strokeWidth() + 1, vertex.label()));
            } else {
                Text label = vertex.label();
                vertices.add(new Drawing.Vertex(vertex.actorId(), vertex.center(), vertex.radius(),
                        vertex.fill().mix(fade, emphasis.dimming()), vertex.stroke().mix(fade, emphasis.dimming()),
                        vertex.strokeWidth(), new Text(label.text(), label.x(), label.baseline(), label.size(),
                        label.color().mix(fade, emphasis.dimming() * 0.8), label.anchor(), label.backdrop())));
            }
        }
        return new Drawing(drawing.width(), drawing.height(), drawing.background(), drawing.title(), edges, vertices,
                drawing.legend(), drawing.caption(), drawing.clip());
    }

    /** The edge drawn again along the same lane with another line style (and an arrow to match). */
    private static Drawing.Edge withStyle(Drawing.Edge edge, LineStyle style, AggregatedRelation relation,
                                          Map<Actor, Point> placed, Map<Actor, Double> radii) {
        Point source = placed.get(relation.source());
        Point target = placed.get(relation.target());
        Point control = edge.control();
        double width = style.width();
        Point tip = towards(target, control, source, radii.get(relation.target()) + 1);
        double[] direction = unit(tip.x() - control.x(), tip.y() - control.y(), tip.x() - source.x(),
                tip.y() - source.y());
        double arrowLength = 9 + 1.6 * width;
        double arrowHalf = 4 + width;
        Point base = new Point(tip.x() - direction[0] * arrowLength, tip.y() - direction[1] * arrowLength);
        Point end = new Point(tip.x() - direction[0] * (arrowLength - 1), tip.y() - direction[1] * (arrowLength - 1));
        List<Point> arrow = List.of(tip,
                new Point(base.x() - direction[1] * arrowHalf, base.y() + direction[0] * arrowHalf),
                new Point(base.x() + direction[1] * arrowHalf, base.y() - direction[0] * arrowHalf));
        return new Drawing.Edge(edge.id(), edge.typeId(), edge.certainty(), edge.start(), control, end, style, arrow);
    }

    /**
     * Builds the drawing from positions in any coordinate system (the window's, for instance): the
     * whole graph, or the options' viewport, is scaled uniformly to fit the graph area.
     *
     * @param positions a position for every vertex of the graph
     */
    public Drawing build(AggregatedGraph graph, Map<Actor, Point> positions, ImageOptions options) {
        return build(graph, positions, options, Map.of());
    }

    /**
     * As {@link #build(AggregatedGraph, Map, ImageOptions)}, with the vertices drawn as the window
     * draws them: its radii (whatever metric sizes them) and its fill and outline colours.
     *
     * @param looks how each actor looks; actors without an entry get the theme's default look
     */
    public Drawing build(AggregatedGraph graph, Map<Actor, Point> positions, ImageOptions options,
                         Map<Actor, VertexLook> looks) {
        Theme theme = options.theme();
        Frame frame = frame(graph, options);
        Map<Actor, Double> radii = new LinkedHashMap<>();
        for (Actor actor : graph.actors()) {
            VertexLook look = looks.get(actor);
            radii.put(actor, look != null ? look.radius() : EdgeStyles.vertexRadius(graph.degree(actor)));
        }
        Map<Actor, Point> placed = fit(graph, positions, options, frame.area(), radii);
        List<Drawing.Edge> edges = edges(graph, placed, radii, theme);
        List<Drawing.Vertex> vertices = new ArrayList<>();
        Rgb backdrop = theme.background().withAlpha(200);
        for (Actor actor : graph.actors()) {
            Point center = placed.get(actor);
            double radius = radii.get(actor);
            Text label = new Text(actor.name(), center.x(), center.y() + radius + LABEL_SIZE + 2, LABEL_SIZE,
                    theme.text(), Anchor.MIDDLE, backdrop);
            VertexLook look = looks.get(actor);
            vertices.add(new Drawing.Vertex(actor.id(), center, radius,
                    look == null || look.fill() == null ? theme.vertexFill() : look.fill(),
                    look == null || look.stroke() == null ? theme.vertexStroke() : look.stroke(), 1.5, label));
        }
        return new Drawing(options.width(), options.height(), options.transparent() ? null : theme.background(),
                frame.title(), edges, vertices, frame.legend(), frame.caption(),
                options.viewport() == null ? null : frame.area());
    }

    // ---- page frame: title, legend, caption and the area left for the graph

    private record Frame(Text title, Drawing.Legend legend, List<Text> caption, Box area) {
    }

    private Frame frame(AggregatedGraph graph, ImageOptions options) {
        Theme theme = options.theme();
        double width = options.width();
        double height = options.height();
        double top = MARGIN;
        Text title = null;
        if (options.title() != null) {
            title = new Text(options.title(), MARGIN, MARGIN + TITLE_SIZE, TITLE_SIZE, theme.text(), Anchor.START, null);
            top += TITLE_SIZE * 1.5 + 6;
        }
        List<Text> caption = new ArrayList<>();
        double bottom = height - MARGIN;
        if (options.caption()) {
            String text = captionText(graph);
            if (!text.isEmpty()) {
                List<String> lines = fonts.wrap(text, CAPTION_SIZE, width - 2 * MARGIN);
                double lineHeight = CAPTION_SIZE * 1.35;
                double firstBaseline = bottom - lineHeight * (lines.size() - 1) - CAPTION_SIZE * 0.3;
                for (int i = 0; i < lines.size(); i++) {
                    caption.add(new Text(lines.get(i), MARGIN, firstBaseline + i * lineHeight, CAPTION_SIZE,
                            theme.secondaryText(), Anchor.START, null));
                }
                bottom = firstBaseline - CAPTION_SIZE - GAP / 2;
            }
        }
        double right = width - MARGIN;
        Drawing.Legend legend = null;
        if (options.legend() && !graph.relations().isEmpty()) {
            legend = legend(graph, theme, right, top, width);
            right = legend.x() - GAP;
        }
        double areaWidth = Math.max(40, right - MARGIN);
        double areaHeight = Math.max(40, bottom - top);
        return new Frame(title, legend, caption, new Box(MARGIN, top, areaWidth, areaHeight));
    }

    /** "Sources: outlet, “title”, date; …" for the articles the shown edges cite, in corpus order. */
    String captionText(AggregatedGraph graph) {
        Corpus corpus = graph.corpus();
        Set<String> used = new LinkedHashSet<>();
        for (AggregatedRelation edge : graph.relations()) {
            edge.relations().stream().map(Relation::articleId).forEach(used::add);
        }
        List<String> citations = new ArrayList<>();
        for (Article article : corpus.articles()) {
            if (!used.contains(article.id())) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            if (article.outlet() != null && !article.outlet().isBlank()) {
                parts.add(article.outlet().strip());
            }
            parts.add("“" + article.title().strip() + "”");
            article.publicationDate().ifPresent(d -> parts.add(d.text()));
            citations.add(String.join(", ", parts));
        }
        if (citations.isEmpty()) {
            return "";
        }
        return (citations.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", citations) + ".";
    }

    private Drawing.Legend legend(AggregatedGraph graph, Theme theme, double right, double top, double pageWidth) {
        double padding = 10;
        double swatch = 30;
        double lineHeight = LEGEND_SIZE * 1.6;
        List<RelationType> types = graph.typesShown();
        List<Certainty> certainties = List.copyOf(graph.certaintiesShown());
        String note = "Wider line: more evidence";
        double textWidth = fonts.width(note, LEGEND_SIZE - 1);
        textWidth = Math.max(textWidth, fonts.width("Relation types", LEGEND_SIZE));
        for (RelationType type : types) {
            textWidth = Math.max(textWidth, fonts.width(type.label(), LEGEND_SIZE));
        }
        for (Certainty certainty : certainties) {
            textWidth = Math.max(textWidth, fonts.width(certaintyLabel(certainty), LEGEND_SIZE));
        }
        double width = Math.min(padding * 2 + swatch + 8 + textWidth, pageWidth * 0.4);
        double x = right - width;
        double y = top;
        List<Text> headings = new ArrayList<>();
        List<LegendEntry> entries = new ArrayList<>();
        double cursor = y + padding + LEGEND_SIZE;
        headings.add(new Text("Relation types", x + padding, cursor, LEGEND_SIZE, theme.text(), Anchor.START, null));
        cursor += lineHeight;
        for (RelationType type : types) {
            double mid = cursor - LEGEND_SIZE * 0.35;
            entries.add(new LegendEntry(EntryKind.RELATION_TYPE, type.id(), new Point(x + padding, mid),
                    new Point(x + padding + swatch, mid), new LineStyle(Rgb.hex(type.color()), 3.5, List.of()),
                    new Text(type.label(), x + padding + swatch + 8, cursor, LEGEND_SIZE, theme.text(),
                            Anchor.START, null)));
            cursor += lineHeight;
        }
        cursor += lineHeight * 0.4;
        headings.add(new Text("Certainty", x + padding, cursor, LEGEND_SIZE, theme.text(), Anchor.START, null));
        cursor += lineHeight;
        for (Certainty certainty : certainties) {
            double mid = cursor - LEGEND_SIZE * 0.35;
            double lineWidth = 2;
            Rgb color = EdgeStyles.color(theme.text(), certainty, theme);
            entries.add(new LegendEntry(EntryKind.CERTAINTY, certainty.name().toLowerCase(Locale.ROOT),
                    new Point(x + padding, mid), new Point(x + padding + swatch, mid),
                    new LineStyle(color, lineWidth, EdgeStyles.dash(certainty, lineWidth)),
                    new Text(certaintyLabel(certainty), x + padding + swatch + 8, cursor, LEGEND_SIZE,
                            theme.text(), Anchor.START, null)));
            cursor += lineHeight;
        }
        cursor += lineHeight * 0.2;
        List<Text> notes = List.of(new Text(note, x + padding, cursor, LEGEND_SIZE - 1, theme.secondaryText(),
                Anchor.START, null));
        double height = cursor + padding - y;
        return new Drawing.Legend(x, y, width, height, theme.legendFill(), theme.legendBorder(), headings, entries,
                notes);
    }

    private static String certaintyLabel(Certainty certainty) {
        String label = certainty.label();
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    // ---- fitting positions into the graph area

    private record Padding(double side, double top, double bottom) {
    }

    private Padding padding(AggregatedGraph graph, Map<Actor, Double> radii) {
        double radius = 0;
        double halfLabel = 0;
        for (Actor actor : graph.actors()) {
            Double own = radii.get(actor);
            radius = Math.max(radius, own != null ? own : EdgeStyles.vertexRadius(graph.degree(actor)));
            halfLabel = Math.max(halfLabel, fonts.width(actor.name(), LABEL_SIZE) / 2 + 3);
        }
        return new Padding(Math.max(radius, halfLabel) + 2, radius + 2, radius + LABEL_SIZE * 1.6);
    }

    private Map<Actor, Point> fit(AggregatedGraph graph, Map<Actor, Point> positions, ImageOptions options, Box area,
                                  Map<Actor, Double> radii) {
        Map<Actor, Point> result = new LinkedHashMap<>();
        List<Actor> actors = graph.actors();
        if (actors.isEmpty()) {
            return result;
        }
        double minX;
        double minY;
        double maxX;
        double maxY;
        Padding padding;
        if (options.viewport() != null) {
            ImageOptions.Viewport view = options.viewport();
            minX = view.x();
            minY = view.y();
            maxX = view.x() + view.width();
            maxY = view.y() + view.height();
            padding = new Padding(0, 0, 0);
        } else {
            minX = Double.POSITIVE_INFINITY;
            minY = Double.POSITIVE_INFINITY;
            maxX = Double.NEGATIVE_INFINITY;
            maxY = Double.NEGATIVE_INFINITY;
            for (Actor actor : actors) {
                Point p = require(positions, actor);
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            padding = padding(graph, radii);
        }
        double usableWidth = Math.max(1, area.width() - 2 * padding.side());
        double usableHeight = Math.max(1, area.height() - padding.top() - padding.bottom());
        double spanX = maxX - minX;
        double spanY = maxY - minY;
        double scale = Math.min(spanX > 1e-9 ? usableWidth / spanX : Double.POSITIVE_INFINITY,
                spanY > 1e-9 ? usableHeight / spanY : Double.POSITIVE_INFINITY);
        if (Double.isInfinite(scale)) {
            scale = 1;
        }
        if (options.viewport() == null) {
            scale = Math.min(scale, 2); // do not blow a small graph up to poster size
        }
        double centerX = area.x() + padding.side() + usableWidth / 2;
        double centerY = area.y() + padding.top() + usableHeight / 2;
        double midX = (minX + maxX) / 2;
        double midY = (minY + maxY) / 2;
        for (Actor actor : actors) {
            Point p = require(positions, actor);
            result.put(actor, new Point(centerX + (p.x() - midX) * scale, centerY + (p.y() - midY) * scale));
        }
        return result;
    }

    private static Point require(Map<Actor, Point> positions, Actor actor) {
        Point p = positions.get(actor);
        if (p == null) {
            throw new IllegalArgumentException("no position for actor " + actor.id());
        }
        return p;
    }

    // ---- edges and lanes

    /**
     * The order in which the parallel edges of one pair of actors take their lanes, from one side
     * to the other: those from the actor with the smaller id first, then by the corpus's order of
     * relation types. The window spreads a fan in the same order, so a figure shows it as seen.
     */
    public static Comparator<AggregatedRelation> laneOrder(List<RelationType> typeOrder) {
        return Comparator.<AggregatedRelation>comparingInt(e -> e.source().id().compareTo(e.target().id()) < 0 ? 0 : 1)
                .thenComparingInt(e -> typeOrder.indexOf(e.type()));
    }

    private List<Drawing.Edge> edges(AggregatedGraph graph, Map<Actor, Point> placed, Map<Actor, Double> radii,
                                     Theme theme) {
        List<RelationType> typeOrder = graph.corpus().relationTypes();
        // Group the edges of each unordered pair of actors; lanes are numbered in a canonical
        // direction (from the actor with the smaller id), so A→B and B→A never share a lane.
        record Pair(Actor low, Actor high) { }
        Map<Pair, List<AggregatedRelation>> pairs = new LinkedHashMap<>();
        for (AggregatedRelation edge : graph.relations()) {
            boolean forward = edge.source().id().compareTo(edge.target().id()) < 0;
            Pair pair = forward ? new Pair(edge.source(), edge.target()) : new Pair(edge.target(), edge.source());
            pairs.computeIfAbsent(pair, p -> new ArrayList<>()).add(edge);
        }
        Map<AggregatedRelation, Double> offsets = new LinkedHashMap<>();
        Comparator<AggregatedRelation> laneOrder = laneOrder(typeOrder);
        pairs.forEach((pair, list) -> {
            list.sort(laneOrder);
            for (int i = 0; i < list.size(); i++) {
                offsets.put(list.get(i), (i - (list.size() - 1) / 2.0) * LANE_SPACING);
            }
        });
        List<Drawing.Edge> result = new ArrayList<>();
        for (AggregatedRelation edge : graph.relations()) {
            boolean forward = edge.source().id().compareTo(edge.target().id()) < 0;
            Actor low = forward ? edge.source() : edge.target();
            Actor high = forward ? edge.target() : edge.source();
            result.add(edge(edge, placed.get(low), placed.get(high), offsets.get(edge), placed, radii, theme));
        }
        return result;
    }

    private static Drawing.Edge edge(AggregatedRelation relation, Point low, Point high, double offset,
                                     Map<Actor, Point> placed, Map<Actor, Double> radii, Theme theme) {
        Point source = placed.get(relation.source());
        Point target = placed.get(relation.target());
        double chordX = high.x() - low.x();
        double chordY = high.y() - low.y();
        double length = Math.hypot(chordX, chordY);
        double normalX = length < 1e-9 ? 0 : -chordY / length;
        double normalY = length < 1e-9 ? 1 : chordX / length;
        // The curve's middle lies halfway between the chord and the control point.
        Point control = new Point((low.x() + high.x()) / 2 + normalX * 2 * offset,
                (low.y() + high.y()) / 2 + normalY * 2 * offset);
        double width = EdgeStyles.width(relation.evidenceCount());
        Certainty certainty = relation.certainty();
        Rgb color = EdgeStyles.color(Rgb.hex(relation.type().color()), certainty, theme);
        Point start = towards(source, control, target, radii.get(relation.source()));
        Point tip = towards(target, control, source, radii.get(relation.target()) + 1);
        double[] direction = unit(tip.x() - control.x(), tip.y() - control.y(), tip.x() - source.x(),
                tip.y() - source.y());
        double arrowLength = 9 + 1.6 * width;
        double arrowHalf = 4 + width;
        Point base = new Point(tip.x() - direction[0] * arrowLength, tip.y() - direction[1] * arrowLength);
        Point end = new Point(tip.x() - direction[0] * (arrowLength - 1), tip.y() - direction[1] * (arrowLength - 1));
        List<Point> arrow = List.of(tip,
                new Point(base.x() - direction[1] * arrowHalf, base.y() + direction[0] * arrowHalf),
                new Point(base.x() + direction[1] * arrowHalf, base.y() - direction[0] * arrowHalf));
        return new Drawing.Edge(relation.id(), relation.type().id(), certainty, start, control, end,
                new LineStyle(color, width, EdgeStyles.dash(certainty, width)), arrow);
    }

    /** The point at {@code distance} from {@code center} towards {@code toward} (or {@code fallback}). */
    private static Point towards(Point center, Point toward, Point fallback, double distance) {
        double[] u = unit(toward.x() - center.x(), toward.y() - center.y(), fallback.x() - center.x(),
                fallback.y() - center.y());
        return new Point(center.x() + u[0] * distance, center.y() + u[1] * distance);
    }

    private static double[] unit(double x, double y, double fallbackX, double fallbackY) {
        double length = Math.hypot(x, y);
        if (length < 1e-9) {
            length = Math.hypot(fallbackX, fallbackY);
            x = fallbackX;
            y = fallbackY;
        }
        return length < 1e-9 ? new double[] {1, 0} : new double[] {x / length, y / length};
    }
}
