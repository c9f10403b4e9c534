package org.actorgraph.ui.graph;

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
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.shape.CubicCurve;
import javafx.scene.transform.Scale;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.render.LineRaster;

/**
 * One graph drawn with SmartGraph: the panel, built with our own stylesheet and properties from
 * the class path, plus the lookups from its nodes back to actors and relations. A drawing holds
 * every element of its base graph (the full graph of the corpus); a filter change only hides and
 * shows elements and restyles those whose evidence changed ({@link #showOnly}), and a new layout
 * only moves vertices. Building the panel and styling its nodes costs seconds on large graphs,
 * hiding a node does not.
 *
 * <p>Every restyle compares with what a node already has before it sets a style or a style class:
 * each change makes JavaFX match the node against the stylesheets again.
 */
final class GraphDrawing {

    static final String CSS_RESOURCE = "smartgraph.css";
    static final String PROPERTIES_RESOURCE = "smartgraph.properties";

    private final SmartGraphAdapter.Translation translation;
    // SmartGraph's settings the panel was made with (arrow heads shown, their size).
    private final SmartGraphProperties properties;
    private final GraphLayout layout;
    // What the filters leave of the base graph; its relations by the place of their line are
    // shownByLine, and how many of them there are shownLines.
    private AggregatedGraph shown;
    private int shownLines;
    private Set<Actor> shownActors = Set.of();
    private final Map<AggregatedRelation, Scale> arrowScales = new HashMap<>();
    private final Map<Object, String> appliedStyles = new HashMap<>();
    private final Map<Object, String> appliedMarks = new HashMap<>();
    private final SmartGraphPanel<ActorVertex, RelationEdge> panel;
    private final Map<Node, Actor> actorNodes = new HashMap<>();
    private final Map<Actor, SmartGraphVertexNode<ActorVertex>> vertexNodes = new LinkedHashMap<>();
    // Every relation's line; lineArray has them in painting order (the first one lowest).
    private final Map<AggregatedRelation, DrawnLine> drawnLines = new HashMap<>();
    private final CubicCurve halo = new CubicCurve();
    private final ParallelFans parallelFans;
    // What the viewport shows: the panel, and behind it a picture of it that stands in for it
    // while the view moves (see freeze()).
    private final javafx.scene.layout.Pane root = new javafx.scene.layout.Pane();
    private final ImageView still = new ImageView();
    // Nodes made transparent while an actor is dragged: they are in the picture.
    private final List<Node> faded = new java.util.ArrayList<>();
    private final List<Node> hiddenWhileDragged = new java.util.ArrayList<>();
    private final List<DrawnLine> linesHiddenWhileDragged = new java.util.ArrayList<>();
    // The lines of a dragged actor, drawn simply while it moves (see sketchLines).
    private final javafx.scene.Group dragSketch = new javafx.scene.Group();
    // The lines of a large drawing, painted as one picture; null when they are nodes of the panel.
    private final LineLayer lines;
    // Whether a line's look or visibility changed since the lines were last told (restyle, applyDetail).
    private boolean linesTouched;
    // Whether arrow heads may have to be shown or hidden: a line's visibility or the detail changed.
    private boolean arrowsStale = true;
    // What each line was last styled for, and its relation as shown (null when filtered out), by
    // its place (DrawnLine.index()): restyle() reads them for 90,000 lines without a lookup.
    private LineLooks lineLooks;
    private AggregatedRelation[] shownByLine;
    private final Map<String, String> paintedStyles = new HashMap<>();
    // The lines that are nodes of the panel: all of a small drawing's, none of a large one's.
    private final List<NodeLine> nodeLines = new java.util.ArrayList<>();
    // The area the painted lines cover, kept until one changes or a vertex moves (null then): the
    // view fits it whenever a drawing arrives, and 90,000 curves take a few frames to go through.
    private double[] paintedBox;
    // The box of each painted line's curve (min x, min y, max x, max y), in painting order
    // (lineArray), for the line under the pointer; null once a vertex moved or a lane changed. One
    // array read in order: walking 90,000 line objects on every pointer move took 30 ms and more.
    private double[] lineBoxes;
    private DrawnLine[] lineArray;
    // The widest a painted line has been drawn: the boxes are searched with this much to spare.
    private double widestPainted = LineLayer.defaultWidth();
    private Rect frozenArea;
    private double frozenScale;
    private javafx.animation.Timeline settling;
    private LevelOfDetail detail = LevelOfDetail.FULL;
    private Set<Actor> named = Set.of();
    private Set<AggregatedRelation> arrowed = Set.of();
    private final Map<Actor, Scale> labelScales = new HashMap<>();
    private final Set<Actor> raised = new java.util.HashSet<>();
    private Actor selectedActor;
    private Set<Actor> pinnedActors = Set.of();
    private boolean initialised;
    private Map<Actor, String> fills = Map.of();
    private Set<Actor> pathActors;
    private Set<AggregatedRelation> pathRelations;
    private String background = "#FBFBF8";
    private Set<AggregatedRelation> storyShown;
    private Set<AggregatedRelation> storyNew;
    // Nodes and DrawnLines the story has not reached yet: invisible, but the fit keeps room for them.
    private final Set<Object> storyHidden = new java.util.HashSet<>();
    // Whether the picture of the lines was last painted with every arrow head (or with none).
    private boolean arrowsInPicture = true;
    // Arrow heads kept by the detail while it hides the others, over the picture of the lines.
    private final javafx.scene.Group keptArrows = new javafx.scene.Group();
    private boolean keptArrowsStale;
    // Vertex styles the last restyle gave that wait for their frame (see styleVertex), in order.
    private final Map<SmartGraphVertexNode<ActorVertex>, String> vertexStylesDue = new LinkedHashMap<>();
    private javafx.animation.AnimationTimer applyingDueStyles;
    // Nodes kept out of the panel while it is styled unseen a part per frame (holdBackAllBut()).
    private List<Node> heldBack = new java.util.ArrayList<>();

    /**
     * Builds the panel of a layout's base graph. A large one ({@link GraphLayout#hasManyLines}) keeps its lines out
     * of the panel and shows them as a picture painted in the background ({@link LineLayer}).
     * May run on any thread: nodes belong to no thread until they are in a window.
     */
    GraphDrawing(SmartGraphAdapter adapter, GraphLayout layout) {
        this.layout = layout;
        this.translation = adapter.translate(layout.base());
        Map<Vertex<ActorVertex>, Point> placement = new HashMap<>();
        translation.vertices().forEach((actor, vertex) -> {
            Point p = layout.positions().get(actor);
            if (p != null) {
                placement.put(vertex, p);
            }
        });
        AggregatedGraph graph = layout.base();
        FixedPlacement fixedPlacement = new FixedPlacement(placement);
        properties = loadProperties();
        this.panel = new SmartGraphPanel<>(translation.digraph(), properties, fixedPlacement,
                stylesheet(), new ForceDirectedSpringGravityLayoutStrategy<>());
        panel.setAutomaticLayout(false);
        panel.setVertexRadiusProvider(v -> VertexStyles.radius(graph.degree(v.actor())));
        panel.setVertexLabelProvider(v -> VertexStyles.label(v.actor(), graph));
        panel.getStyleClass().add("actor-graph");
        fixSize(panel, layout.width(), layout.height());
        // Placed here, where this is built (away from the window when it is large), rather than
        // by SmartGraph's init() on the FX thread, where moving 1,000 vertices and recomputing
        // their lines took 40-75 ms; the placement does nothing when init() asks again.
        fixedPlacement.place(layout.width(), layout.height(), panel);
        still.setMouseTransparent(true);
        dragSketch.setMouseTransparent(true);
        dragSketch.getStyleClass().add("drag-sketch");
        dragSketch.setManaged(false);
        still.setVisible(false);
        still.setManaged(false);
        root.getChildren().setAll(still, panel);
        fixSize(root, layout.width(), layout.height());
        collectNodes();
        makeLines(properties);
        styleVertices();
        scaleArrows();
        parallelFans = ParallelFans.of(translation.parallelGroups(), relation -> drawnLines.get(relation).index());
        halo.getStyleClass().add("selection-halo");
        halo.setMouseTransparent(true);
        keptArrows.setMouseTransparent(true);
        keptArrows.setManaged(false);
        halo.setVisible(false);
        if (layout.hasManyLines()) {
            List<PaintedLine> painted = java.util.Arrays.stream(lineArray).map(PaintedLine.class::cast).toList();
            followVertices(painted);
            lines = new LineLayer(painted, vertexNodes.values(), new LineLayer.ArrowHeads() {
                @Override
                public boolean shown(PaintedLine line) {
                    // The few arrow heads kept when the detail hides the others are drawn over
                    // the picture (see drawKeptArrows), so that pointing at a line does not paint
                    // 90,000 lines again.
                    return properties.getUseEdgeArrow() && detail.arrows();
                }

                @Override
                public double size() {
                    return properties.getEdgeArrowSize();
                }

                @Override
                public double scale(PaintedLine line) {
                    AggregatedRelation shownNow = shownByLine[line.index()];
                    return shownNow == null ? 1 : EdgeStyles.arrowScale(EdgeStyles.width(shownNow.evidenceCount()));
                }

                @Override
                public double width(PaintedLine line) {
                    return arrowWidth(line);
                }
            });
        } else {
            lines = null;
            addLinesToPanel();
        }
        showOnly(layout.graph());
        restyle();
        if (lines != null) {
            // Here, away from the window, which reads them to fit the view and to find the line
            // under the pointer: every curve is worked out on the way (the restyle read the looks).
            paintedBox();
            lineBoxes();
        }
    }

    // The lines of a small drawing are nodes of the panel, below the vertices, each arrow head
    // just above its line; the first relation lowest, so that crossing lines stack in the order the
    // painted lines of a large drawing do.
    private void addLinesToPanel() {
        List<Node> lineNodes = new java.util.ArrayList<>();
        nodeLines.forEach(line -> {
            lineNodes.add(line.node());
            if (line.node().getAttachedArrow() != null) {
                lineNodes.add(line.node().getAttachedArrow());
            }
        });
        panel.getChildren().addAll(0, lineNodes);
    }

    /**
     * Starts painting the lines for the view through {@code viewport}, for a drawing whose lines
     * are a picture; call once it is in the window and fitted.
     */
    void showLinesIn(ViewportModel viewport) {
        if (lines != null) {
            lines.show(viewport, panel.getWidth(), panel.getHeight());
        }
    }

    /** The drawing has left the window: no more painting for it. */
    void retire() {
        if (lines != null) {
            lines.retire();
        }
        if (applyingDueStyles != null) {
            applyingDueStyles.stop();
            applyingDueStyles = null;
        }
        vertexStylesDue.clear();
    }

    /** Whether the lines on screen show the drawing as it is now (painting may lag a change). */
    boolean linesPainted() {
        return lines == null || lines.isCurrent();
    }

    /** Runs {@code action} once the lines painted show every change made so far. */
    void whenLinesPainted(Runnable action) {
        if (lines == null) {
            action.run();
        } else {
            lines.whenCurrent(action);
        }
    }

    private void linesChanged() {
        paintedBox = null;
        if (lines != null) {
            lines.changed();
        }
    }

    // The drawing has the size of the layout, whatever its parent would like.
    private static void fixSize(javafx.scene.layout.Region region, double width, double height) {
        region.setMinSize(width, height);
        region.setPrefSize(width, height);
        region.setMaxSize(width, height);
        region.resize(width, height);
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
            // Sized and named here, as the providers given to the panel would: SmartGraph's init()
            // applies them again, and a vertex whose size changed then moves the ends of all its
            // lines (180,000 ends at 10k/100k, a third of a second on the FX thread).
            node.setRadius(VertexStyles.radius(translation.source().degree(actor)));
            if (label instanceof SmartLabel smartLabel) {
                smartLabel.setText(VertexStyles.label(actor, translation.source()));
                actorNodes.put(smartLabel, actor);
                smartLabel.getChildren().forEach(child -> actorNodes.put(child, actor));
            }
        });
    }

    // SmartGraph's panel draws the actors only (see SmartGraphAdapter); each line is made here as
    // the panel would make it: a curve from the source's vertex to the target's, with an arrow head
    // at the target. A large drawing paints its lines and arrow heads (LineLayer): no nodes for
    // them. Lanes of parallel lines are given later (spreadParallelEdges).
    private void makeLines(SmartGraphProperties properties) {
        boolean painted = layout.hasManyLines();
        List<AggregatedRelation> relations = translation.source().relations();
        lineArray = new DrawnLine[relations.size()];
        for (AggregatedRelation relation : relations) {
            SmartGraphVertexNode<ActorVertex> source = vertexNodes.get(relation.source());
            SmartGraphVertexNode<ActorVertex> target = vertexNodes.get(relation.target());
            int index = drawnLines.size();
            DrawnLine line;
            if (painted) {
                line = new PaintedLine(index, relation, source, target);
            } else {
                SmartGraphEdgeNode<RelationEdge, ActorVertex> node =
                        new SmartGraphEdgeNode<>(translation.edgeOf(relation), target, source, 0);
                if (properties.getUseEdgeArrow()) {
                    node.attachArrow(new SmartArrow(properties.getEdgeArrowSize()));
                }
                line = new NodeLine(index, relation, node);
                nodeLines.add((NodeLine) line);
            }
            drawnLines.put(relation, line);
            lineArray[index] = line;
        }
        lineLooks = new LineLooks(lineArray.length);
        shownByLine = new AggregatedRelation[lineArray.length];
    }

    // A painted line keeps its curve until one of its vertices moves or is resized.
    private void followVertices(List<PaintedLine> painted) {
        Map<SmartGraphVertexNode<ActorVertex>, List<PaintedLine>> byVertex = new HashMap<>();
        for (PaintedLine line : painted) {
            byVertex.computeIfAbsent(line.source(), v -> new java.util.ArrayList<>()).add(line);
            byVertex.computeIfAbsent(line.target(), v -> new java.util.ArrayList<>()).add(line);
        }
        byVertex.forEach((vertex, itsLines) -> {
            javafx.beans.value.ChangeListener<Number> moved = (obs, old, now) -> {
                itsLines.forEach(PaintedLine::stale);
                paintedBox = null;
                lineBoxes = null;
                if (!keptArrows.getChildren().isEmpty() && !keptArrowsStale) {
                    // Once for all the moves of a frame (a drag moves both coordinates).
                    keptArrowsStale = true;
                    javafx.application.Platform.runLater(this::drawKeptArrows);
                }
            };
            vertex.centerXProperty().addListener(moved);
            vertex.centerYProperty().addListener(moved);
            vertex.radiusProperty().addListener(moved);
        });
    }

    private void styleVertices() {
        vertexNodes.forEach((actor, node) -> node.addStyleClass(VertexStyles.kindClass(actor.kind())));
        // Group vertices of an overview: a class of their own on the vertex and on its label.
        translation.source().groups().forEach(group -> {
            SmartGraphVertexNode<ActorVertex> node = vertexNodes.get(group.actor());
            if (node != null) {
                VertexStyles.groupClasses(group.kind()).forEach(node::addStyleClass);
                SmartStylableNode label = panel.getStylableLabel(translation.vertices().get(group.actor()));
                if (label != null) {
                    label.addStyleClass(VertexStyles.GROUP_LABEL_CLASS);
                }
            }
        });
    }

    // Arrow heads grow with their line; showOnly() sets the size from the evidence shown, and
    // restyle() the inline styles of lines and arrows.
    private void scaleArrows() {
        nodeLines.forEach(line -> {
            SmartArrow arrow = line.node().getAttachedArrow();
            if (arrow != null) {
                Scale scale = new Scale(1, 1);
                arrow.getTransforms().add(scale);
                arrowScales.put(line.relation(), scale);
            }
        });
    }

    // Lanes are numbered among the shown edges of a pair, so a fan that loses members to a
    // filter closes up instead of keeping gaps. SmartGraph re-bends an edge only when its index changes.
    private void spreadParallelEdges() {
        // In the order an exported figure spreads a fan, so the window shows each relation where
        // the figure will.
        java.util.Comparator<AggregatedRelation> laneOrder =
                org.actorgraph.render.DrawingBuilder.laneOrder(translation.source().corpus().relationTypes());
        for (int fan = 0; fan < parallelFans.count(); fan++) {
            List<AggregatedRelation> visible = new java.util.ArrayList<>();
            for (int place = parallelFans.start(fan); place < parallelFans.end(fan); place++) {
                int line = parallelFans.line(place);
                if (shownByLine[line] != null) {
                    visible.add(lineArray[line].relation());
                }
            }
            visible.sort(laneOrder);
            int[] lanes = EdgeLanes.indices(visible.size());
            boolean mirrored = !visible.isEmpty() && bendsMirrored(visible.get(0));
            for (int i = 0; i < visible.size(); i++) {
                drawnLines.get(visible.get(i)).setLane(mirrored ? EdgeLanes.mirror(lanes[i]) : lanes[i]);
            }
        }
    }

    // SmartGraph bends a lane to the side of the line from the vertex node with the smaller
    // identity hash to the other, which differs from run to run; measured from the actor with the
    // smaller id instead, the same relation bends to the same side in every run.
    private boolean bendsMirrored(AggregatedRelation relation) {
        Actor first = relation.source().id().compareTo(relation.target().id()) <= 0 ? relation.source()
                : relation.target();
        Actor second = first == relation.source() ? relation.target() : relation.source();
        return System.identityHashCode(vertexNodes.get(first)) > System.identityHashCode(vertexNodes.get(second));
    }

    /**
     * Shows what the filters leave of the base graph: elements outside {@code graph} are hidden,
     * the rest restyled where their evidence differs from the base, at the next {@link #restyle()}.
     * {@code graph}'s actors and relations must all be in the base graph.
     */
    void showOnly(AggregatedGraph graph) {
        if (graph == shown) {
            return; // a moved actor or a new layout: the same elements stay shown
        }
        thaw();
        this.shown = graph;
        shownActors = new java.util.HashSet<>(graph.actors());
        java.util.Arrays.fill(shownByLine, null);
        shownLines = 0;
        for (AggregatedRelation relation : graph.relations()) {
            DrawnLine line = drawnLines.get(relation);
            if (line != null) {
                shownByLine[line.index()] = relation;
                shownLines++;
            }
        }
        spreadParallelEdges();
        lineBoxes = null;
        for (NodeLine line : nodeLines) {
            AggregatedRelation relation = shownByLine[line.index()];
            Scale scale = arrowScales.get(line.relation());
            if (relation == null || scale == null) {
                continue;
            }
            double factor = EdgeStyles.arrowScale(EdgeStyles.width(relation.evidenceCount()));
            if (scale.getX() != factor) {
                scale.setX(factor);
                scale.setY(factor);
            }
        }
        linesChanged();
    }

    /** The layout the drawing was built with; later layouts may have moved its vertices since. */
    GraphLayout layout() {
        return layout;
    }

    /** Whether this drawing can show {@code graph} by hiding elements: it was built for its base. */
    boolean draws(GraphLayout layout) {
        return layout.base() == translation.source();
    }

    /**
     * Leaves all but the first {@code part} of the panel's nodes out of it, for {@link #putBackPart}
     * to put back a part at a time: JavaFX styles every node that joins a window in the frame it
     * joins, and the 2,000 vertices and names of 1,000 actors take longer than a frame.
     */
    void holdBackAllBut(int part) {
        List<Node> all = new java.util.ArrayList<>(heldBack);
        all.addAll(0, panel.getChildren());
        if (all.size() > part) {
            panel.getChildren().setAll(all.subList(0, part));
            heldBack = new java.util.ArrayList<>(all.subList(part, all.size()));
        }
    }

    /**
     * Puts up to {@code part} more of the nodes held back into the panel, in their order.
     * Returns false when none were left to put back.
     */
    boolean putBackPart(int part) {
        if (heldBack.isEmpty()) {
            return false;
        }
        List<Node> next = heldBack.subList(0, Math.min(part, heldBack.size()));
        panel.getChildren().addAll(next);
        next.clear();
        return true;
    }

    /** Places the vertices; call once the panel is in a showing window. */
    void init() {
        if (!initialised) {
            putBackPart(Integer.MAX_VALUE);
            panel.init();
            panel.getChildren().add(0, halo);
            if (lines != null) {
                // Above the selection halo, as the lines drawn as nodes are; the arrow heads kept
                // by the detail above the picture.
                panel.getChildren().add(panel.getChildren().indexOf(halo) + 1, lines.node());
                panel.getChildren().add(panel.getChildren().indexOf(lines.node()) + 1, keptArrows);
            }
            // The first picture taken in a run costs seconds (the renderer sets up its off-screen
            // surfaces); a picture of a one-pixel square once the window is idle sets them up in
            // about 10 ms, so the first pan does not wait.
            javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
            idle.setOnFinished(e -> {
                if (frozenArea == null && root.getScene() != null) {
                    new javafx.scene.shape.Rectangle(1, 1).snapshot(null, null);
                }
            });
            idle.play();

            initialised = true;
        }
    }

    boolean isInitialised() {
        return initialised;
    }

    /** Up to this many vertices a new layout is animated; beyond, every frame of it would be slow. */
    static final int ANIMATED_VERTICES = 300;
    /** How long vertices take to glide to a new layout. */
    static final javafx.util.Duration SETTLING = javafx.util.Duration.millis(450);

    /**
     * Moves the vertices to a new layout of the same graph, gliding there when the graph is small
     * enough, so the eye can follow where each actor went; then runs {@code settled}.
     */
    void animateTo(GraphLayout layout, Runnable settled) {
        stopSettling();
        List<javafx.animation.KeyValue> values = new java.util.ArrayList<>();
        translation.vertices().forEach((actor, vertex) -> {
            Point p = layout.positions().get(actor);
            SmartGraphVertexNode<ActorVertex> node = vertexNodes.get(actor);
            if (p != null && (node.getCenterX() != p.x() || node.getCenterY() != p.y())) {
                values.add(new javafx.animation.KeyValue(node.centerXProperty(), p.x(), javafx.animation.Interpolator.EASE_BOTH));
                values.add(new javafx.animation.KeyValue(node.centerYProperty(), p.y(), javafx.animation.Interpolator.EASE_BOTH));
            }
        });
        // Painted lines would trail behind gliding vertices: a drawing that paints them jumps.
        if (values.isEmpty() || vertexNodes.size() > ANIMATED_VERTICES || lines != null || !initialised) {
            apply(layout);
            settled.run();
            return;
        }
        settling = new javafx.animation.Timeline(new javafx.animation.KeyFrame(SETTLING,
                values.toArray(javafx.animation.KeyValue[]::new)));
        settling.setOnFinished(e -> {
            settling = null;
            settled.run();
        });
        settling.play();
    }

    /** Whether vertices are gliding to a new layout. */
    boolean isSettling() {
        return settling != null;
    }

    private void stopSettling() {
        if (settling != null) {
            settling.stop();
            settling = null;
        }
    }

    /** Moves vertices to a new layout of the same graph at once. */
    void apply(GraphLayout layout) {
        stopSettling();
        translation.vertices().forEach((actor, vertex) -> {
            Point p = layout.positions().get(actor);
            SmartGraphVertexNode<ActorVertex> node = vertexNodes.get(actor);
            if (p != null && (node.getCenterX() != p.x() || node.getCenterY() != p.y())) {
                panel.setVertexPosition(vertex, p.x(), p.y());
            }
        });
    }

    SmartGraphPanel<ActorVertex, RelationEdge> panel() {
        return panel;
    }

    /** What the viewport shows: the panel and the layers that stand in for it while it moves. */
    javafx.scene.layout.Region root() {
        return root;
    }

    /** The graph shown: the base graph, or what the filters leave of it. */
    AggregatedGraph graph() {
        return shown;
    }

    /** The actor drawn at a scene point (its vertex or its label), if any. */
    Optional<Actor> actorAt(double sceneX, double sceneY) {
        thaw();
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
        thaw();
        Point2D p = panel.sceneToLocal(sceneX, sceneY);
        if (p == null) {
            return Optional.empty();
        }
        AggregatedRelation best = null;
        double bestDistance = Double.MAX_VALUE;
        double[] c = new double[LineCurve.VALUES];
        double[] box = new double[4];
        double x = p.getX();
        double y = p.getY();
        double[] boxes = lines == null ? null : lineBoxes();
        double spare = widestPainted / 2 + tolerance / Math.max(scale, 0.01);
        for (int i = 0; i < lineArray.length; i++) {
            if (boxes != null && (x < boxes[4 * i] - spare || y < boxes[4 * i + 1] - spare
                    || x > boxes[4 * i + 2] + spare || y > boxes[4 * i + 3] + spare)) {
                continue;
            }
            DrawnLine line = lineArray[i];
            if (!line.isVisible()) {
                continue;
            }
            line.curve(c);
            double reach = strokeWidth(line) / 2 + tolerance / Math.max(scale, 0.01);
            // A curve lies within the box of its four points: every line far from the pointer is
            // passed over at once. The pointer is asked on every move, over 90,000 lines.
            LineCurve.box(c, box, 0);
            if (x < box[0] - reach || y < box[1] - reach || x > box[2] + reach || y > box[3] + reach
                    || shownByLine[i] == null) {
                continue;
            }
            double distance = CurveGeometry.distanceToCubic(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], x, y);
            if (distance <= reach && distance < bestDistance) {
                best = shownByLine[i];
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    // A painted line was never styled by the stylesheet: its width is in its inline style.
    private double strokeWidth(DrawnLine line) {
        return line instanceof NodeLine node ? node.node().getStrokeWidth() : lines.lookOf((PaintedLine) line).width();
    }

    /** The centre of a vertex, in drawing coordinates. */
    Optional<Point> positionOf(Actor actor) {
        SmartGraphVertexNode<ActorVertex> node = vertexNodes.get(actor);
        return node == null ? Optional.empty() : Optional.of(new Point(node.getCenterX(), node.getCenterY()));
    }

    /** The line drawn for a relation, a node of the panel or painted with the others. */
    Optional<DrawnLine> lineOf(AggregatedRelation relation) {
        return Optional.ofNullable(drawnLines.get(relation));
    }

    /** The point halfway along an edge, in scene coordinates: where a click selects it. */
    Optional<Point2D> sceneMidpointOf(AggregatedRelation relation) {
        DrawnLine line = drawnLines.get(relation);
        if (line == null) {
            return Optional.empty();
        }
        double[] c = new double[LineCurve.VALUES];
        line.curve(c);
        double x = 0.125 * c[0] + 0.375 * c[2] + 0.375 * c[4] + 0.125 * c[6];
        double y = 0.125 * c[1] + 0.375 * c[3] + 0.375 * c[5] + 0.125 * c[7];
        return Optional.ofNullable(panel.localToScene(x, y));
    }

    /** Where the centre of an actor's vertex is, in scene coordinates. */
    Optional<Point2D> sceneCenterOf(Actor actor) {
        return positionOf(actor).map(p -> panel.localToScene(p.x(), p.y()));
    }

    /** Highlights one edge with a wide halo drawn behind it, or none. */
    void highlight(AggregatedRelation relation) {
        List<javafx.beans.property.DoubleProperty> curve = List.of(halo.startXProperty(), halo.startYProperty(),
                halo.controlX1Property(), halo.controlY1Property(), halo.controlX2Property(), halo.controlY2Property(),
                halo.endXProperty(), halo.endYProperty());
        curve.forEach(javafx.beans.property.DoubleProperty::unbind);
        DrawnLine line = relation == null ? null : drawnLines.get(relation);
        if (line == null) {
            halo.setVisible(false);
            return;
        }
        for (int i = 0; i < curve.size(); i++) {
            curve.get(i).bind(line.coordinate(i));
        }
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

    // The four settings below take effect together at the next restyle(): each restyle goes over every
    // vertex and edge, so the view changes them all and then restyles once.

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

    /** Applies the fills, path, background and story set since the last call, in one pass. */
    void restyle() {
        thaw();
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
            boolean filtered = !shownActors.contains(actor);
            boolean storyHides = visibleActors != null && !visibleActors.contains(actor);
            boolean hidden = filtered || storyHides;
            boolean dimmed = !hidden && emphasisedActors != null && !emphasisedActors.contains(actor);
            SmartStylableNode label = panel.getStylableLabel(translation.vertices().get(actor));
            setVisible(node, !hidden);
            // Its name follows it in applyDetail(), which may leave it out as well.
            if (label instanceof Node labelNode && storyHides && !filtered) {
                storyHidden.add(labelNode);
            }
            if (storyHides && !filtered) {
                storyHidden.add(node);
            }
            if (filtered) {
                continue; // restyled when it comes back
            }
            String fill = fills.get(actor);
            styleVertex(node, dimmed ? dimmedVertex : fill == null ? "" : "-fx-fill: " + fill + ";");
            mark(node, emphasisedActors == null || hidden ? null : dimmed ? "dimmed" : "on-path");
            if (label instanceof SmartLabel smartLabel) {
                // SmartLabel adds a class to its text as well but removes it only from itself:
                // keep both in step.
                markLabel(smartLabel, dimmed);
            } else if (label != null) {
                mark(label, dimmed ? "dimmed" : null);
            }
        }
        for (DrawnLine line : lineArray) {
            int index = line.index();
            AggregatedRelation relation = shownByLine[index];
            boolean filtered = relation == null;
            boolean storyHides = !filtered && storyShown != null && !storyShown.contains(relation);
            boolean shownChanged = line.setVisible(!filtered && !storyHides);
            linesTouched |= shownChanged;
            arrowsStale |= shownChanged; // its arrow head follows in applyDetail()
            if (filtered) {
                continue;
            }
            if (storyHides) {
                storyHidden.add(line);
            }
            boolean emphasised = emphasisedRelations != null && emphasisedRelations.contains(relation);
            boolean dimmed = emphasisedRelations != null && !emphasised;
            int story = storyShown == null ? 0 : storyHides ? 1 : 2;
            if (lineLooks.same(index, relation, story, emphasised, dimmed, background)) {
                continue; // its style strings would be the same: at 90,000 lines making them takes a frame
            }
            lineLooks.set(index, relation, story, emphasised, dimmed, background);
            String style = dimmed ? EdgeStyles.dimmedStyle(relation, background)
                    : emphasised ? EdgeStyles.emphasisedStyle(relation) : EdgeStyles.edgeStyle(relation);
            if (line instanceof PaintedLine painted) {
                // Its look is all it has: no style class, and its arrow head is painted from its line's look.
                // One string per look, not per line: 90,000 copies would outlive several collections.
                if (painted.setStyle(paintedStyles.computeIfAbsent(style, same -> same))) {
                    linesTouched = true;
                    widestPainted = Math.max(widestPainted, lines.lookOf(painted).width());
                }
                continue;
            }
            SmartGraphEdgeNode<RelationEdge, ActorVertex> node = ((NodeLine) line).node();
            setInline(node, style);
            mark(node, storyShown == null || storyHides ? null : emphasised ? "story-new" : "dimmed");
            SmartArrow arrow = node.getAttachedArrow();
            if (arrow != null) {
                setInline(arrow, dimmed ? EdgeStyles.dimmedArrowStyle(relation, background)
                        : EdgeStyles.arrowStyle(relation));
            }
        }
        applyDueVertexStyles();
        applyDetail();
    }

    /**
     * How many vertices take a new inline style in one frame. JavaFX matches the stylesheets again
     * for each vertex whose style changes, at once: colouring 2,000 vertices by community held the
     * window for over 100 ms. A larger drawing's vertices take their new styles a part per frame.
     */
    static final int VERTICES_RESTYLED_PER_FRAME = 400;

    // A vertex's new inline style: at once for a small drawing or one not in a window, otherwise
    // kept for applyDueVertexStyles(). A later style replaces one not applied yet.
    private void styleVertex(SmartGraphVertexNode<ActorVertex> node, String style) {
        if (vertexNodes.size() <= VERTICES_RESTYLED_PER_FRAME || root.getScene() == null) {
            vertexStylesDue.remove(node);
            setInline(node, style);
        } else if (style.equals(appliedStyles.get(node))) {
            vertexStylesDue.remove(node);
        } else {
            vertexStylesDue.put(node, style);
        }
    }

    // Applies a frame's part of the vertex styles due now, and the rest in the frames that follow.
    private void applyDueVertexStyles() {
        applyVertexStylesPart();
        if (!vertexStylesDue.isEmpty() && applyingDueStyles == null) {
            applyingDueStyles = new javafx.animation.AnimationTimer() {
                @Override
                public void handle(long now) {
                    applyVertexStylesPart();
                    if (vertexStylesDue.isEmpty()) {
                        stop();
                        applyingDueStyles = null;
                    }
                }
            };
            applyingDueStyles.start();
        }
    }

    // Out of a window (a drawing replaced) a style costs nothing to set: all of them then.
    private void applyVertexStylesPart() {
        int limit = root.getScene() == null ? Integer.MAX_VALUE : VERTICES_RESTYLED_PER_FRAME;
        var due = vertexStylesDue.entrySet().iterator();
        for (int applied = 0; applied < limit && due.hasNext(); applied++) {
            var next = due.next();
            setInline(next.getKey(), next.getValue());
            due.remove();
        }
    }

    /** Whether every vertex has the style the last restyle gave it (a large drawing's take a few frames). */
    boolean vertexStylesApplied() {
        return vertexStylesDue.isEmpty();
    }

    /**
     * Draws names and arrow heads as the level of detail says: when it leaves them out, the actors
     * in {@code named} keep their names, enlarged to stay readable, in that order of priority as
     * long as they do not cover each other, and the lines in {@code arrowed} keep their arrow heads.
     * Takes effect at the next {@link #applyDetail()} or {@link #restyle()}.
     */
    void setDetail(LevelOfDetail detail, java.util.Collection<Actor> named, Set<AggregatedRelation> arrowed) {
        arrowsStale |= detail.arrows() != this.detail.arrows() || !arrowed.equals(this.arrowed);
        this.detail = detail;
        this.named = new java.util.LinkedHashSet<>(named);
        this.arrowed = Set.copyOf(arrowed);
    }

    /**
     * Shows names and arrow heads as {@link #setDetail} last said. Names follow their vertex and
     * arrow heads their line (hidden by a filter or the story); the level of detail may hide them
     * further. While a picture stands in for the drawing this waits for {@link #thaw()}.
     */
    void applyDetail() {
        if (frozenArea != null) {
            return;
        }
        double enlargement = detail.allLabels() ? 1 : detail.labelEnlargement();
        List<Bounds> placed = new java.util.ArrayList<>();
        // Named actors in order of priority: a name that would cover one already placed is left out.
        for (Actor actor : named) {
            placeLabel(actor, enlargement, placed);
        }
        vertexNodes.forEach((actor, vertex) -> {
            if (!named.contains(actor)) {
                placeLabel(actor, enlargement, null);
            }
        });
        boolean arrowsRepainted = false;
        if ((arrowsStale || linesTouched) && lines != null) {
            // The picture has every arrow head or none: painted again only when that changes.
            // The kept ones are drawn again at any change of a line: their look may have changed.
            arrowsStale = false;
            arrowsRepainted = detail.arrows() != arrowsInPicture;
            arrowsInPicture = detail.arrows();
            drawKeptArrows();
        } else if (arrowsStale) {
            // Only then: the view applies the detail at every fit and zoom step.
            arrowsStale = false;
            nodeLines.forEach(line -> {
                SmartArrow arrow = line.node().getAttachedArrow();
                if (arrow != null) {
                    setVisible(arrow, line.isVisible() && (detail.arrows() || arrowed.contains(line.relation())));
                }
            });
        }
        if (linesTouched) {
            linesTouched = false;
            linesChanged();
        } else if (arrowsRepainted) {
            // Only arrow heads changed: the area the lines cover stays (the fit reads it as the
            // drawing arrives, just after the detail is set for its zoom).
            lines.changed();
        }
    }

    /**
     * Draws over the picture of the lines the arrow heads the level of detail keeps while it hides
     * the others (the lines pointed at, selected, on a path or new in the story): a few nodes,
     * made again when the detail applied changes them or changes a line, and when one of their
     * actors moves.
     */
    private void drawKeptArrows() {
        keptArrowsStale = false;
        List<Node> heads = new java.util.ArrayList<>();
        if (!detail.arrows() && properties.getUseEdgeArrow()) {
            for (AggregatedRelation relation : arrowed) {
                if (drawnLines.get(relation) instanceof PaintedLine line && line.isVisible()) {
                    heads.add(keptArrow(line));
                }
            }
        }
        keptArrows.getChildren().setAll(heads);
    }

    // An arrow head as the picture would paint it (the same stroke), with round ends.
    private Node keptArrow(PaintedLine line) {
        LineRaster.Stroke stroke = lines.arrowStrokeOf(line);
        double[] p = stroke.points();
        javafx.scene.shape.Path head = new javafx.scene.shape.Path(new javafx.scene.shape.MoveTo(p[0], p[1]),
                new javafx.scene.shape.LineTo(p[2], p[3]), new javafx.scene.shape.MoveTo(p[4], p[5]),
                new javafx.scene.shape.LineTo(p[6], p[7]));
        head.setStroke(LineLayer.color(stroke.rgb()));
        head.setStrokeWidth(stroke.width());
        head.setStrokeLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
        head.setStrokeLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        head.getStyleClass().add("kept-arrow");
        return head;
    }

    /** The arrow heads drawn over the picture of the lines (see drawKeptArrows); for tests. */
    List<Node> keptArrows() {
        return List.copyOf(keptArrows.getChildren());
    }

    // Whether a painted line has its arrow head, as applyDetail() gives it to a line node.
    private boolean arrowPainted(DrawnLine line) {
        return detail.arrows() || arrowed.contains(line.relation());
    }

    // The stroke width of a painted arrow head at its base size, as an arrow head node of the line
    // as last styled would have it.
    private double arrowWidth(PaintedLine painted) {
        int line = painted.index();
        if (!lineLooks.styled(line)) {
            return org.actorgraph.render.EdgeStyles.BASE_WIDTH;
        }
        return EdgeStyles.arrowWidth(lineLooks.shown(line), lineLooks.dimmed(line));
    }

    /** The painted lines of a large drawing, or null when its lines are nodes. */
    LineLayer lineLayer() {
        return lines;
    }

    /** Whether a relation's line shows its arrow head, as the detail last applied says. */
    boolean arrowShown(AggregatedRelation relation) {
        DrawnLine line = drawnLines.get(relation);
        if (line == null || !line.isVisible()) {
            return false;
        }
        if (line instanceof NodeLine node) {
            return node.node().getAttachedArrow() != null && node.node().getAttachedArrow().isVisible();
        }
        return arrowPainted(line);
    }

    // Shows or hides one actor's name at the enlargement given; with {@code placed}, only where it
    // covers none of the names placed before it.
    private void placeLabel(Actor actor, double enlargement, List<Bounds> placed) {
        SmartGraphVertexNode<ActorVertex> vertex = vertexNodes.get(actor);
        if (vertex == null || !(panel.getStylableLabel(translation.vertices().get(actor)) instanceof Node label)) {
            return;
        }
        Scale scale = labelScales.get(actor);
        if (scale == null && enlargement != 1 && label instanceof javafx.scene.layout.Region region) {
            // Grown from the top middle, so a large name still hangs below its vertex.
            scale = new Scale(1, 1);
            scale.pivotXProperty().bind(region.widthProperty().divide(2));
            label.getTransforms().add(scale);
            labelScales.put(actor, scale);
        }
        if (scale != null && scale.getX() != enlargement) {
            scale.setX(enlargement);
            scale.setY(enlargement);
        }
        boolean shown = vertex.isVisible() && (detail.allLabels() || named.contains(actor));
        if (shown && placed != null && !detail.allLabels()) {
            Bounds bounds = label.getBoundsInParent();
            shown = placed.stream().noneMatch(bounds::intersects);
            if (shown) {
                placed.add(bounds);
                // An enlarged name would otherwise sit under the vertices drawn after it.
                if (raised.add(actor)) {
                    label.toFront();
                }
            }
        }
        setVisible(label, shown);
    }


    // Both return whether anything changed: painted lines are painted again only then.
    private static boolean setVisible(Node node, boolean visible) {
        if (node.isVisible() != visible) {
            node.setVisible(visible);
            return true;
        }
        return false;
    }

    private boolean setInline(SmartStylableNode node, String style) {
        if (!style.equals(appliedStyles.get(node))) {
            node.setStyleInline(style);
            appliedStyles.put(node, style);
            if (node instanceof SmartGraphEdgeNode<?, ?> edge && edge.getAttachedArrow() != null) {
                // SmartGraph gives the arrow head its line's style too (dashes and all): its own
                // style has to be set again.
                appliedStyles.remove(edge.getAttachedArrow());
            }
            return true;
        }
        return false;
    }

    // At most one emphasis class per node ("dimmed", "on-path", "story-new"), changed only when it differs.
    private void mark(SmartStylableNode node, String styleClass) {
        String before = appliedMarks.get(node);
        if (java.util.Objects.equals(before, styleClass)) {
            return;
        }
        if (before != null) {
            node.removeStyleClass(before);
        }
        if (styleClass != null) {
            node.addStyleClass(styleClass);
        }
        appliedMarks.put(node, styleClass);
    }

    private void markLabel(SmartLabel label, boolean dimmed) {
        String wanted = dimmed ? "dimmed" : null;
        if (java.util.Objects.equals(appliedMarks.get(label), wanted) && appliedMarks.containsKey(label)) {
            return;
        }
        label.getStyleClass().removeAll("dimmed");
        label.getChildren().forEach(child -> child.getStyleClass().removeAll("dimmed"));
        if (dimmed) {
            label.addStyleClass("dimmed");
        }
        appliedMarks.put(label, wanted);
    }

    /** The relations drawn now: all of them, or those the story has told so far. */
    Set<AggregatedRelation> visibleRelations() {
        return storyShown == null ? Set.copyOf(shown.relations()) : storyShown;
    }

    /** The relations the current story step adds; empty outside a story. */
    Set<AggregatedRelation> storyNewRelations() {
        return storyNew == null ? Set.of() : storyNew;
    }

    /** Marks one actor as selected, or none. */
    void markSelected(Actor selected) {
        if (java.util.Objects.equals(selected, selectedActor)) {
            return;
        }
        if (selectedActor != null && vertexNodes.containsKey(selectedActor)) {
            vertexNodes.get(selectedActor).removeStyleClass("selected");
        }
        selectedActor = selected;
        if (selected != null && vertexNodes.containsKey(selected)) {
            vertexNodes.get(selected).addStyleClass("selected");
        }
    }

    /** Shows which actors are pinned. */
    void markPinned(Set<Actor> pinned) {
        vertexNodes.forEach((actor, node) -> {
            boolean was = pinnedActors.contains(actor);
            boolean now = pinned.contains(actor);
            if (was && !now) {
                node.removeStyleClass("pinned");
            } else if (now && !was) {
                node.addStyleClass("pinned");
            }
        });
        pinnedActors = Set.copyOf(pinned);
    }

    /**
     * Shows a picture of the drawing instead of its nodes, except those of the {@code dragged}
     * actor (null when the view moves), which stay live above it. Software rendering rasterises
     * every curve of every frame in which the view moves; a picture is one texture. The picture
     * covers {@code area} (drawing coordinates) at the current zoom, so it is as sharp as the
     * screen until the zoom changes.
     * Nothing changes for the user but the frame rate; {@link #thaw()} puts the nodes back.
     */
    void freeze(Rect area, Actor dragged) {
        thaw();
        if (!initialised || area.width() <= 0 || area.height() <= 0) {
            return;
        }
        if (lines != null) {
            if (dragged != null) {
                sketchWhileDragged(area, dragged);
            }
            return; // a moving view: the lines are one picture already, the vertices cheap to draw
        }
        Set<Node> moving = dragged == null ? Set.of() : nodesMovingWith(dragged);
        // Left out of the picture by transparency, not visibility: hiding a node makes its parent
        // recompute its bounds, which on thousands of nodes costs more than drawing them.
        moving.forEach(node -> node.setOpacity(0));
        // The snapshot applies the root's own transforms (the zoom); its viewport is in the
        // coordinates of the root's parent, the viewport pane.
        Point2D from = root.localToParent(area.minX(), area.minY());
        Point2D to = root.localToParent(area.maxX(), area.maxY());
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        parameters.setViewport(new Rectangle2D(from.getX(), from.getY(), to.getX() - from.getX(), to.getY() - from.getY()));
        javafx.scene.image.WritableImage picture;
        try {
            picture = root.snapshot(parameters, null);
        } finally {
            moving.forEach(node -> node.setOpacity(1));
        }
        still.setImage(picture);
        still.setX(area.minX());
        still.setY(area.minY());
        still.setFitWidth(area.width());
        still.setFitHeight(area.height());
        still.setVisible(true);
        if (moving.isEmpty()) {
            panel.setVisible(false);
        } else {
            // The dragged actor stays live in the panel, over the picture (which goes in front of
            // the panel's background); its lines are sketched (see sketchLines). The curves are
            // hidden, not made transparent: a transparent curve still has its shape and bounds
            // recomputed on every move (34 against 51 frames a second when dragging a hub of 300
            // lines). Hiding a few hundred is cheap; the thousands of others are only faded.
            List<DrawnLine> sketched = new java.util.ArrayList<>();
            for (DrawnLine line : linesOf(dragged)) {
                if (line.isVisible()) {
                    sketched.add(line);
                }
            }
            for (Node child : panel.getChildren()) {
                if (!child.isVisible()) {
                    continue;
                }
                // The selection halo follows the curve, not the sketch: it waits for the release too.
                if (moving.contains(child) && (child instanceof SmartGraphEdgeNode<?, ?> || child instanceof SmartArrow
                        || child == halo)) {
                    child.setVisible(false);
                    hiddenWhileDragged.add(child);
                } else if (!moving.contains(child)) {
                    child.setOpacity(0);
                    faded.add(child);
                }
            }
            panel.getChildren().add(0, still);
            sketchLines(sketched);
            panel.getChildren().add(1, dragSketch);
        }
        frozenArea = area;
        frozenScale = root.getLocalToParentTransform().getMxx();
    }

    // With painted lines the rest of the drawing needs no picture: its lines are one already, and
    // its vertices are few enough to draw. The dragged actor's lines leave the painted picture
    // (painted once more without them) and are sketched instead, following the actor.
    private void sketchWhileDragged(Rect area, Actor dragged) {
        List<DrawnLine> sketched = new java.util.ArrayList<>();
        for (DrawnLine line : linesOf(dragged)) {
            if (line.isVisible()) {
                sketched.add(line);
                line.setVisible(false);
                linesHiddenWhileDragged.add(line);
            }
        }
        if (halo.isVisible()) {
            halo.setVisible(false);
            hiddenWhileDragged.add(halo);
        }
        sketchLines(sketched);
        panel.getChildren().add(panel.getChildren().indexOf(lines.node()) + 1, dragSketch);
        if (!sketched.isEmpty()) {
            linesChanged();
        }
        lines.ignoreMoves(true);
        frozenArea = area;
        frozenScale = root.getLocalToParentTransform().getMxx();
    }

    /** Puts the nodes back in place of the picture, if one is shown. */
    void thaw() {
        if (frozenArea == null) {
            return;
        }
        faded.forEach(node -> node.setOpacity(1));
        faded.clear();
        hiddenWhileDragged.forEach(node -> node.setVisible(true));
        hiddenWhileDragged.clear();
        if (!linesHiddenWhileDragged.isEmpty()) {
            linesHiddenWhileDragged.forEach(line -> line.setVisible(true));
            linesHiddenWhileDragged.clear();
            arrowsStale = true; // a kept arrow head of the dragged actor's lines comes back
        }
        if (lines != null && panel.getChildren().contains(dragSketch)) {
            lines.ignoreMoves(false);
            if (!dragSketch.getChildren().isEmpty()) {
                linesChanged(); // the dragged actor's lines, where it was let go
            }
        }
        List<Node> sketch = List.copyOf(dragSketch.getChildren());
        dragSketch.getChildren().clear();
        panel.getChildren().remove(dragSketch);
        if (lines != null && !sketch.isEmpty()) {
            // The sketch stays until the painted lines show the dragged actor's lines again.
            javafx.scene.Group leftover = new javafx.scene.Group(sketch);
            leftover.getStyleClass().add("drag-sketch");
            leftover.setManaged(false);
            leftover.setMouseTransparent(true);
            panel.getChildren().add(panel.getChildren().indexOf(lines.node()) + 1, leftover);
            lines.whenCurrent(() -> {
                panel.getChildren().remove(leftover);
                unbindSketch(sketch);
            });
        } else {
            unbindSketch(sketch);
        }
        if (still.getParent() != root) {
            root.getChildren().add(0, still); // moves it out of the panel
        }
        panel.setVisible(true);
        still.setVisible(false);
        still.setImage(null);
        frozenArea = null;
        applyDetail(); // the zoom may have changed while the picture was shown
    }

    private static void unbindSketch(List<Node> paths) {
        paths.forEach(path -> ((javafx.scene.shape.Path) path).getElements().forEach(element -> {
            if (element instanceof javafx.scene.shape.MoveTo move) {
                move.xProperty().unbind();
                move.yProperty().unbind();
            } else if (element instanceof javafx.scene.shape.LineTo line) {
                line.xProperty().unbind();
                line.yProperty().unbind();
            }
        }));
    }

    /** The drawing area the picture covers, or null when the nodes are shown. */
    Rect frozenArea() {
        return frozenArea;
    }

    /** The zoom the picture was taken at; meaningful while {@link #frozenArea()} is not null. */
    double frozenScale() {
        return frozenScale;
    }

    // While an actor is dragged its lines are drawn straight and solid, one path per colour and
    // width, following their ends: re-rasterising hundreds of dashed curves every frame is what
    // kept dragging a hub under 30 frames a second. The curves are back on release.
    private void sketchLines(List<DrawnLine> sketched) {
        Map<String, javafx.scene.shape.Path> byLook = new LinkedHashMap<>();
        for (DrawnLine line : sketched) {
            // A painted line was never styled by the stylesheet: its look is its inline style.
            javafx.scene.paint.Paint stroke = line instanceof NodeLine node ? node.node().getStroke()
                    : lines.lookOf((PaintedLine) line).color();
            double width = strokeWidth(line);
            javafx.scene.shape.Path path = byLook.computeIfAbsent(stroke + "/" + width, key -> {
                javafx.scene.shape.Path made = new javafx.scene.shape.Path();
                made.setStroke(stroke);
                made.setStrokeWidth(width);
                made.setFill(null);
                return made;
            });
            javafx.scene.shape.MoveTo from = new javafx.scene.shape.MoveTo();
            from.xProperty().bind(line.coordinate(0));
            from.yProperty().bind(line.coordinate(1));
            javafx.scene.shape.LineTo to = new javafx.scene.shape.LineTo();
            to.xProperty().bind(line.coordinate(6));
            to.yProperty().bind(line.coordinate(7));
            path.getElements().addAll(from, to);
        }
        dragSketch.getChildren().setAll(byLook.values());
    }

    // The lines at an actor.
    private List<DrawnLine> linesOf(Actor actor) {
        return java.util.Arrays.stream(lineArray)
                .filter(line -> line.relation().source().equals(actor) || line.relation().target().equals(actor))
                .toList();
    }

    // The nodes that move when an actor is dragged: its vertex and label, its line nodes and their arrows.
    private Set<Node> nodesMovingWith(Actor actor) {
        Set<Node> moving = new java.util.HashSet<>();
        SmartGraphVertexNode<ActorVertex> vertex = vertexNodes.get(actor);
        if (vertex == null) {
            return moving;
        }
        moving.add(vertex);
        if (panel.getStylableLabel(translation.vertices().get(actor)) instanceof Node label) {
            moving.add(label);
        }
        for (DrawnLine line : linesOf(actor)) {
            if (line instanceof NodeLine node) {
                moving.add(node.node());
                if (node.node().getAttachedArrow() != null) {
                    moving.add(node.node().getAttachedArrow());
                }
            }
        }
        if (halo.isVisible()) {
            moving.add(halo);
        }
        return moving;
    }

    /**
     * The drawn area: vertices, labels and edges, without the empty rest of the panel. A line
     * counts by the polygon of its curve's control points, which holds the curve: asking JavaFX for
     * the bounds of a thousand stroked curves costs a frame or more.
     */
    Rect contentBounds() {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        Set<Node> lineNodes = new java.util.HashSet<>();
        nodeLines.forEach(line -> lineNodes.add(line.node()));
        for (Node child : panel.getChildren()) {
            if (child == halo || child == keptArrows || child == still || (lines != null && child == lines.node())
                    || lineNodes.contains(child)
                    || child instanceof SmartArrow // an arrow head sits on its line's end
                    || !child.isVisible() && !storyHidden.contains(child)) {
                continue;
            }
            Bounds b = child.getBoundsInParent();
            if (!b.isEmpty()) {
                include(box, b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
            }
        }
        double[] lineBox = lines == null ? linesBox() : paintedBox();
        include(box, lineBox[0], lineBox[1], lineBox[2], lineBox[3]);
        return box[0] > box[2] ? new Rect(0, 0, panel.getWidth(), panel.getHeight())
                : new Rect(box[0], box[1], box[2], box[3]);
    }

    private double[] lineBoxes() {
        if (lineBoxes == null) {
            double[] boxes = new double[4 * lineArray.length];
            double[] c = new double[LineCurve.VALUES];
            for (int i = 0; i < lineArray.length; i++) {
                lineArray[i].curve(c);
                LineCurve.box(c, boxes, 4 * i);
            }
            lineBoxes = boxes;
        }
        return lineBoxes;
    }

    private double[] paintedBox() {
        if (paintedBox == null) {
            paintedBox = linesBox();
        }
        return paintedBox;
    }

    // The area of the lines drawn (and of those the story has not reached yet), empty when none are.
    private double[] linesBox() {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double[] c = new double[LineCurve.VALUES];
        double[] itsBox = new double[4];
        for (DrawnLine line : lineArray) {
            if (!line.isVisible() && !storyHidden.contains(line)) {
                continue;
            }
            line.curve(c);
            LineCurve.box(c, itsBox, 0);
            double pad = strokeWidth(line) / 2;
            include(box, itsBox[0] - pad, itsBox[1] - pad, itsBox[2] + pad, itsBox[3] + pad);
        }
        return box;
    }

    private static void include(double[] box, double minX, double minY, double maxX, double maxY) {
        box[0] = Math.min(box[0], minX);
        box[1] = Math.min(box[1], minY);
        box[2] = Math.max(box[2], maxX);
        box[3] = Math.max(box[3], maxY);
    }

    /** Vertices shown: those the filters leave. */
    int vertexCount() {
        return shownActors.size();
    }

    /** Edges shown: those the filters leave. */
    int edgeCount() {
        return shownLines;
    }
}
