package org.actorgraph.ui.graph;

import com.brunomnsilva.smartgraph.graph.Edge;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartArrow;
import com.brunomnsilva.smartgraph.graphview.SmartGraphEdgeNode;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphProperties;
import com.brunomnsilva.smartgraph.graphview.SmartGraphVertexNode;
import com.brunomnsilva.smartgraph.graphview.SmartLabel;
import com.brunomnsilva.smartgraph.graphview.SmartStylableNode;
import com.brunomnsilva.smartgraph.graphview.UtilitiesJavaFX;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.CubicCurve;
import javafx.scene.transform.Scale;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;

/**
 * One graph drawn with SmartGraph: the panel, built with our own stylesheet and properties from
 * the class path, plus the lookups from its nodes back to actors and relations. A new drawing is
 * made for every new graph; a new layout of the same graph only moves its vertices.
 */
final class GraphDrawing {

    static final String CSS_RESOURCE = "smartgraph.css";
    static final String PROPERTIES_RESOURCE = "smartgraph.properties";

    private final SmartGraphAdapter.Translation translation;
    private final SmartGraphPanel<ActorVertex, RelationEdge> panel;
    private final Map<Node, Actor> actorNodes = new HashMap<>();
    private final Map<Actor, SmartGraphVertexNode<ActorVertex>> vertexNodes = new LinkedHashMap<>();
    private final Map<AggregatedRelation, SmartGraphEdgeNode<RelationEdge, ActorVertex>> edgeNodes =
            new LinkedHashMap<>();
    private final CubicCurve halo = new CubicCurve();
    private boolean initialised;
    private Map<Actor, String> fills = Map.of();
    private Set<Actor> pathActors;
    private Set<AggregatedRelation> pathRelations;
    private String background = "#FBFBF8";
    private Set<AggregatedRelation> storyShown;
    private Set<AggregatedRelation> storyNew;
    // Nodes the story has not reached yet: invisible, but the fit keeps room for them.
    private final Set<Node> storyHidden = new java.util.HashSet<>();

    GraphDrawing(SmartGraphAdapter adapter, GraphLayout layout) {
        this.translation = adapter.translate(layout.graph());
        Map<Vertex<ActorVertex>, Point> placement = new HashMap<>();
        translation.vertices().forEach((actor, vertex) -> {
            Point p = layout.positions().get(actor);
            if (p != null) {
                placement.put(vertex, p);
            }
        });
        AggregatedGraph graph = layout.graph();
        this.panel = new SmartGraphPanel<>(translation.digraph(), loadProperties(), new FixedPlacement(placement),
                stylesheet(), new ForceDirectedSpringGravityLayoutStrategy<>());
        panel.setAutomaticLayout(false);
        panel.setVertexRadiusProvider(v -> VertexStyles.radius(graph.degree(v.actor())));
        panel.setVertexLabelProvider(v -> v.actor().name());
        panel.getStyleClass().add("actor-graph");
        panel.setMinSize(layout.width(), layout.height());
        panel.setPrefSize(layout.width(), layout.height());
        panel.setMaxSize(layout.width(), layout.height());
        panel.resize(layout.width(), layout.height());
        collectNodes();
        styleVertices();
        styleEdges();
        spreadParallelEdges();
        halo.getStyleClass().add("selection-halo");
        halo.setMouseTransparent(true);
        halo.setVisible(false);
    }

    private static SmartGraphProperties loadProperties() {
        try (InputStream in = GraphDrawing.class.getResourceAsStream(PROPERTIES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(PROPERTIES_RESOURCE + " is missing from the class path");
            }
            return new SmartGraphProperties(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI stylesheet() {
        try {
            return GraphDrawing.class.getResource(CSS_RESOURCE).toURI();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException(CSS_RESOURCE + " is missing from the class path", e);
        }
    }

    @SuppressWarnings("unchecked")
    private void collectNodes() {
        translation.vertices().forEach((actor, vertex) -> {
            SmartGraphVertexNode<ActorVertex> node = (SmartGraphVertexNode<ActorVertex>) panel.getStylableVertex(vertex);
            vertexNodes.put(actor, node);
            actorNodes.put(node, actor);
            SmartStylableNode label = panel.getStylableLabel(vertex);
            if (label instanceof SmartLabel smartLabel) {
                actorNodes.put(smartLabel, actor);
                smartLabel.getChildren().forEach(child -> actorNodes.put(child, actor));
            }
        });
        translation.edges().forEach((relation, edge) ->
                edgeNodes.put(relation, (SmartGraphEdgeNode<RelationEdge, ActorVertex>) panel.getStylableEdge(edge)));
    }

    private void styleVertices() {
        vertexNodes.forEach((actor, node) -> node.addStyleClass(VertexStyles.kindClass(actor.kind())));
    }

    private void styleEdges() {
        edgeNodes.forEach((relation, node) -> {
            node.setStyleInline(EdgeStyles.edgeStyle(relation));
            SmartArrow arrow = node.getAttachedArrow();
            if (arrow != null) {
                arrow.setStyleInline(EdgeStyles.arrowStyle(relation));
                double factor = EdgeStyles.arrowScale(EdgeStyles.width(relation.evidenceCount()));
                arrow.getTransforms().add(new Scale(factor, factor));
            }
        });
    }

    private void spreadParallelEdges() {
        for (List<AggregatedRelation> group : translation.parallelGroups()) {
            int[] lanes = EdgeLanes.indices(group.size());
            for (int i = 0; i < group.size(); i++) {
                edgeNodes.get(group.get(i)).setMultiplicityIndex(lanes[i]);
            }
        }
    }

    /** Places the vertices; call once the panel is in a showing window. */
    void init() {
        if (!initialised) {
            panel.init();
            panel.getChildren().add(0, halo);
            initialised = true;
        }
    }

    boolean isInitialised() {
        return initialised;
    }

    /** Moves vertices to a new layout of the same graph. */
    void apply(GraphLayout layout) {
        translation.vertices().forEach((actor, vertex) -> {
            Point p = layout.positions().get(actor);
            if (p != null) {
                panel.setVertexPosition(vertex, p.x(), p.y());
            }
        });
    }

    SmartGraphPanel<ActorVertex, RelationEdge> panel() {
        return panel;
    }

    AggregatedGraph graph() {
        return translation.source();
    }

    /** The actor drawn at a scene point (its vertex or its label), if any. */
    Optional<Actor> actorAt(double sceneX, double sceneY) {
        Node node = UtilitiesJavaFX.pick(panel, sceneX, sceneY);
        while (node != null && node != panel) {
            Actor actor = actorNodes.get(node);
            if (actor != null) {
                return Optional.of(actor);
            }
            node = node.getParent();
        }
        return Optional.empty();
    }

    /**
     * The relation whose line passes closest to a scene point, within {@code tolerance} screen
     * pixels of the line's edge; thin lines would otherwise be hard to hit.
     */
    Optional<AggregatedRelation> relationAt(double sceneX, double sceneY, double scale, double tolerance) {
        Point2D p = panel.sceneToLocal(sceneX, sceneY);
        if (p == null) {
            return Optional.empty();
        }
        AggregatedRelation best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Map.Entry<AggregatedRelation, SmartGraphEdgeNode<RelationEdge, ActorVertex>> entry : edgeNodes.entrySet()) {
            CubicCurve c = entry.getValue();
            double distance = CurveGeometry.distanceToCubic(c.getStartX(), c.getStartY(), c.getControlX1(),
                    c.getControlY1(), c.getControlX2(), c.getControlY2(), c.getEndX(), c.getEndY(), p.getX(), p.getY());
            double reach = c.getStrokeWidth() / 2 + tolerance / Math.max(scale, 0.01);
            if (distance <= reach && distance < bestDistance) {
                best = entry.getKey();
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The centre of a vertex, in drawing coordinates. */
    Optional<Point> positionOf(Actor actor) {
        SmartGraphVertexNode<ActorVertex> node = vertexNodes.get(actor);
        return node == null ? Optional.empty() : Optional.of(new Point(node.getCenterX(), node.getCenterY()));
    }

    /** The point halfway along an edge, in scene coordinates: where a click selects it. */
    Optional<Point2D> sceneMidpointOf(AggregatedRelation relation) {
        CubicCurve c = edgeNodes.get(relation);
        if (c == null) {
            return Optional.empty();
        }
        double x = 0.125 * c.getStartX() + 0.375 * c.getControlX1() + 0.375 * c.getControlX2() + 0.125 * c.getEndX();
        double y = 0.125 * c.getStartY() + 0.375 * c.getControlY1() + 0.375 * c.getControlY2() + 0.125 * c.getEndY();
        return Optional.ofNullable(panel.localToScene(x, y));
    }

    /** Where the centre of an actor's vertex is, in scene coordinates. */
    Optional<Point2D> sceneCenterOf(Actor actor) {
        return positionOf(actor).map(p -> panel.localToScene(p.x(), p.y()));
    }

    /** Highlights one edge with a wide halo drawn behind it, or none. */
    void highlight(AggregatedRelation relation) {
        halo.startXProperty().unbind();
        halo.startYProperty().unbind();
        halo.controlX1Property().unbind();
        halo.controlY1Property().unbind();
        halo.controlX2Property().unbind();
        halo.controlY2Property().unbind();
        halo.endXProperty().unbind();
        halo.endYProperty().unbind();
        CubicCurve edge = relation == null ? null : edgeNodes.get(relation);
        if (edge == null) {
            halo.setVisible(false);
            return;
        }
        halo.startXProperty().bind(edge.startXProperty());
        halo.startYProperty().bind(edge.startYProperty());
        halo.controlX1Property().bind(edge.controlX1Property());
        halo.controlY1Property().bind(edge.controlY1Property());
        halo.controlX2Property().bind(edge.controlX2Property());
        halo.controlY2Property().bind(edge.controlY2Property());
        halo.endXProperty().bind(edge.endXProperty());
        halo.endYProperty().bind(edge.endYProperty());
        halo.setStyle("-fx-stroke-width: " + (EdgeStyles.width(relation.evidenceCount()) + 10) + ";");
        halo.setVisible(true);
    }

    /** Sets the radius of every listed vertex; arrows and labels follow the new size. */
    void setRadii(Map<Actor, Double> radii) {
        vertexNodes.forEach((actor, node) -> {
            Double radius = radii.get(actor);
            if (radius != null && Math.abs(node.getRadius() - radius) > 0.01) {
                node.setRadius(radius);
            }
        });
    }

    // The four settings below take effect together at the next restyle(): each restyle sets the
    // inline style of every vertex and edge, so the view changes them all and then restyles once.

    /** Fills vertices with these colours (by community), or by kind when the map is empty. */
    void setFills(Map<Actor, String> fills) {
        this.fills = Map.copyOf(fills);
    }

    /**
     * Emphasises a path: its actors and relations keep their look, everything else is drawn in
     * light colours with thin lines. Null clears it. No opacity: dimmed colours are mixed.
     */
    void markPath(Set<Actor> actors, Set<AggregatedRelation> relations) {
        this.pathActors = actors == null ? null : Set.copyOf(actors);
        this.pathRelations = relations == null ? null : Set.copyOf(relations);
    }

    /** The background dimmed colours are mixed towards; follows the theme. */
    void setBackground(String colour) {
        this.background = colour == null ? "#FBFBF8" : colour;
    }

    /**
     * Shows a story step: only the relations told so far are drawn, the new ones emphasised and
     * the earlier ones dimmed (light colours and thin lines, as off a path). Actors appear with
     * their first relation. Null shows everything again.
     */
    void markStory(Set<AggregatedRelation> shown, Set<AggregatedRelation> fresh) {
        this.storyShown = shown == null ? null : Set.copyOf(shown);
        this.storyNew = shown == null ? null : Set.copyOf(fresh == null ? Set.of() : fresh);
    }

    /** Styles every vertex and edge for the fills, path, background and story set above. */
    void restyle() {
        Set<Actor> visibleActors = null;
        Set<Actor> emphasisedActors = pathActors;
        Set<AggregatedRelation> emphasisedRelations = pathRelations;
        if (storyShown != null) {
            visibleActors = new java.util.HashSet<>();
            emphasisedActors = new java.util.HashSet<>();
            for (AggregatedRelation r : storyShown) {
                visibleActors.add(r.source());
                visibleActors.add(r.target());
            }
            for (AggregatedRelation r : storyNew) {
                emphasisedActors.add(r.source());
                emphasisedActors.add(r.target());
            }
            emphasisedRelations = storyNew;
        }
        storyHidden.clear();
        String dimmedVertex = VertexStyles.dimmedStyle(background);
        for (Map.Entry<Actor, SmartGraphVertexNode<ActorVertex>> entry : vertexNodes.entrySet()) {
            Actor actor = entry.getKey();
            SmartGraphVertexNode<ActorVertex> node = entry.getValue();
            boolean hidden = visibleActors != null && !visibleActors.contains(actor);
            boolean dimmed = !hidden && emphasisedActors != null && !emphasisedActors.contains(actor);
            String fill = fills.get(actor);
            node.setStyleInline(dimmed ? dimmedVertex : fill == null ? "" : "-fx-fill: " + fill + ";");
            node.removeStyleClass("dimmed");
            node.removeStyleClass("on-path");
            if (emphasisedActors != null && !hidden) {
                node.addStyleClass(dimmed ? "dimmed" : "on-path");
            }
            node.setVisible(!hidden);
            if (hidden) {
                storyHidden.add(node);
            }
            SmartStylableNode label = panel.getStylableLabel(translation.vertices().get(actor));
            if (label != null) {
                // SmartLabel adds a class to its text as well but removes it only from itself:
                // clear both, or a label dimmed once stays grey.
                if (label instanceof SmartLabel smartLabel) {
                    smartLabel.getStyleClass().removeAll("dimmed");
                    smartLabel.getChildren().forEach(child -> child.getStyleClass().removeAll("dimmed"));
                } else {
                    label.removeStyleClass("dimmed");
                }
                if (dimmed) {
                    label.addStyleClass("dimmed");
                }
                if (label instanceof Node labelNode) {
                    labelNode.setVisible(!hidden);
                    if (hidden) {
                        storyHidden.add(labelNode);
                    }
                }
            }
        }
        for (Map.Entry<AggregatedRelation, SmartGraphEdgeNode<RelationEdge, ActorVertex>> entry : edgeNodes.entrySet()) {
            AggregatedRelation relation = entry.getKey();
            SmartGraphEdgeNode<RelationEdge, ActorVertex> node = entry.getValue();
            boolean hidden = storyShown != null && !storyShown.contains(relation);
            boolean emphasised = emphasisedRelations != null && emphasisedRelations.contains(relation);
            boolean dimmed = emphasisedRelations != null && !emphasised;
            node.setStyleInline(dimmed ? EdgeStyles.dimmedStyle(relation, background)
                    : emphasised ? EdgeStyles.emphasisedStyle(relation) : EdgeStyles.edgeStyle(relation));
            node.removeStyleClass("story-new");
            node.removeStyleClass("dimmed");
            if (storyShown != null && !hidden) {
                node.addStyleClass(emphasised ? "story-new" : "dimmed");
            }
            node.setVisible(!hidden);
            SmartArrow arrow = node.getAttachedArrow();
            if (arrow != null) {
                arrow.setStyleInline(dimmed ? EdgeStyles.dimmedArrowStyle(relation, background)
                        : EdgeStyles.arrowStyle(relation));
                arrow.setVisible(!hidden);
            }
            if (hidden) {
                storyHidden.add(node);
            }
        }
    }

    /** The relations drawn now: all of them, or those the story has told so far. */
    Set<AggregatedRelation> visibleRelations() {
        return storyShown == null ? Set.copyOf(edgeNodes.keySet()) : storyShown;
    }

    /** The relations the current story step adds; empty outside a story. */
    Set<AggregatedRelation> storyNewRelations() {
        return storyNew == null ? Set.of() : storyNew;
    }

    /** Marks one actor as selected, or none. */
    void markSelected(Actor selected) {
        vertexNodes.forEach((actor, node) -> {
            node.removeStyleClass("selected");
            if (actor.equals(selected)) {
                node.addStyleClass("selected");
            }
        });
    }

    /** Shows which actors are pinned. */
    void markPinned(Set<Actor> pinned) {
        vertexNodes.forEach((actor, node) -> {
            node.removeStyleClass("pinned");
            if (pinned.contains(actor)) {
                node.addStyleClass("pinned");
            }
        });
    }

    /** The drawn area: vertices, labels and edges, without the empty rest of the panel. */
    Rect contentBounds() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Node child : panel.getChildren()) {
            if (child == halo || !child.isVisible() && !storyHidden.contains(child)) {
                continue;
            }
            Bounds b = child.getBoundsInParent();
            if (b.isEmpty()) {
                continue;
            }
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        return minX > maxX ? new Rect(0, 0, panel.getWidth(), panel.getHeight()) : new Rect(minX, minY, maxX, maxY);
    }

    int vertexCount() {
        return vertexNodes.size();
    }

    int edgeCount() {
        return edgeNodes.size();
    }
}
