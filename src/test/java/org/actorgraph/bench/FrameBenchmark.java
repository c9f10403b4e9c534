package org.actorgraph.bench;

import com.brunomnsilva.smartgraph.graph.Digraph;
import com.brunomnsilva.smartgraph.graph.DigraphEdgeList;
import com.brunomnsilva.smartgraph.graph.Vertex;
import com.brunomnsilva.smartgraph.graphview.ForceDirectedSpringGravityLayoutStrategy;
import com.brunomnsilva.smartgraph.graphview.SmartGraphPanel;
import com.brunomnsilva.smartgraph.graphview.SmartGraphProperties;
import com.brunomnsilva.smartgraph.graphview.SmartRandomPlacementStrategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.model.Actor;
import org.actorgraph.ui.AppComposition;
import org.actorgraph.ui.corpus.CorpusLoader;
import org.actorgraph.ui.dialog.FxDialogService;
import org.actorgraph.ui.graph.ActorVertex;
import org.actorgraph.ui.graph.GraphView;
import org.actorgraph.ui.graph.RelationEdge;
import org.actorgraph.ui.graph.ViewportModel;
import org.actorgraph.ui.settings.SettingsStore;
import org.actorgraph.ui.task.FxTaskExecutor;

/**
 * Frame times in a real window: the application's own graph view on a generated corpus, then a
 * stock SmartGraph panel (stock stylesheet, its own placement and automatic layout) on the same
 * graph in the same JVM, so the ratio holds whatever the machine. An animation timer records the
 * interval between pulses while the bench pans, zooms, and drags the busiest actor with the
 * mouse (JavaFX's robot); the longest pulse gap during loading and from each filter change until its
 * result is drawn is recorded as the longest stall of the FX thread, and summed up in one table row.
 *
 * <p>Needs a display: {@code xvfb-run -a -s "-screen 0 1600x1000x24" ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=org.actorgraph.bench.FrameBenchmark -Dexec.args="..."}. Arguments (all optional):
 * {@code --articles=200 --actors=200 --relations=1000 --seconds=4 --people=separate|rolled-up
 * --stock-css=PATH --only=opening|opening,filters|opening,reopen|opening,showall} (the stylesheet {@code smartgraph.css} from SmartGraph's repository; without it
 * the stock panel is skipped; {@code --only=opening} stops once the corpus is drawn, {@code --only=opening,filters} after the
 * filter changes, {@code --only=opening,reopen} after opening the same file again in the window, {@code
 * --only=opening,showall} after View › Overview › Show all actors, for a corpus that opens as communities,
 * then selecting the busiest actor and colouring by community). People are drawn separately by default, so every actor is a vertex.
 * {@code --histograms=yes} writes the classes the heap holds at the start of each phase to {@code
 * target/bench/histogram-phase-N.txt} (a full collection each: the timings of such a run do not count).
 * {@code --sample-stalls=yes} takes the FX thread's stack every 3 ms from the window shown, and reports the stacks
 * sampled in each event's longest stall after its line ({@link FxThreadSampler}).
 * Writes {@code target/bench/frames-ACTORS-RELATIONS.md}. Not a test.
 */
public final class FrameBenchmark extends Application {

    private static final long NS = 1_000_000_000L;
    private static final double STALL_MS = 100;
    private static final int FRAMES_WATCHED_AFTER_OPENING = 3;

    /** One measured phase: its name, what it does every frame, and the pulse intervals seen. */
    private static final class Phase {
        final String name;
        final double seconds;
        final DoubleConsumer everyFrame;
        final Runnable before;
        final Runnable after;
        // Ends the phase before its seconds are up, when it holds (null: the seconds only).
        final BooleanSupplier done;
        final List<Double> intervalsMs = new ArrayList<>();
        double longestWaitMs;

        Phase(String name, double seconds, Runnable before, DoubleConsumer everyFrame, Runnable after) {
            this(name, seconds, before, everyFrame, after, null);
        }

        Phase(String name, double seconds, Runnable before, DoubleConsumer everyFrame, Runnable after,
              BooleanSupplier done) {
            this.name = name;
            this.seconds = seconds;
            this.before = before;
            this.everyFrame = everyFrame;
            this.after = after;
            this.done = done;
        }
    }

    private final List<String> report = new ArrayList<>();
    // The longest FX-thread stall of each one-off event (loading, each filter change), for the summary table.
    private final Map<String, Double> stalls = new java.util.LinkedHashMap<>();
    // For the same events, the longest time a task handed to the FX thread waited (FxThreadProbe).
    private final Map<String, Double> waits = new java.util.LinkedHashMap<>();
    private FxThreadProbe probe;
    private final List<Phase> phases = new ArrayList<>();
    private int current = -1;
    private long phaseStart;
    private long lastPulse;
    private double seconds;
    private String stockCss;
    private boolean histograms;
    // Whether the FX thread's stack is sampled, to say what it did in each event's longest stall.
    private boolean sampleStalls;
    private FxThreadSampler fxSampler;
    private Path corpusFile;
    private String sizeName;
    private boolean separate;
    private boolean openingOnly;
    private boolean openingAndFilters;
    private boolean openingAndReopening;
    private boolean openingAndShowingAll;
    private Robot robot;
    private AnimationTimer timer;
    private AppComposition app;

    public static void main(String[] args) {
        Application.launch(FrameBenchmark.class, args);
    }

    @Override
    public void start(Stage stage) throws IOException {
        Map<String, String> named = getParameters().getNamed();
        int articles = Integer.parseInt(named.getOrDefault("articles", "200"));
        int actors = Integer.parseInt(named.getOrDefault("actors", "200"));
        int relations = Integer.parseInt(named.getOrDefault("relations", "1000"));
        seconds = Double.parseDouble(named.getOrDefault("seconds", "4"));
        stockCss = named.get("stock-css");
        histograms = "yes".equals(named.get("histograms"));
        sampleStalls = "yes".equals(named.get("sample-stalls"));
        separate = !"rolled-up".equals(named.getOrDefault("people", "separate"));
        openingOnly = "opening".equals(named.get("only"));
        openingAndFilters = "opening,filters".equals(named.get("only"));
        openingAndReopening = "opening,reopen".equals(named.get("only"));
        openingAndShowingAll = "opening,showall".equals(named.get("only"));
        sizeName = actors + "-" + relations;
        Path dir = Files.createDirectories(Path.of("target/bench"));
        corpusFile = dir.resolve("frames-" + sizeName + ".actorgraph.json");
        new CorpusWriter().write(CorpusGenerator.generate(articles, actors, relations, 1L), corpusFile);
        robot = new Robot();
        Platform.setImplicitExit(false); // the stock window opens after the application's closes
        report.add(String.format(Locale.ROOT, "Corpus: %d articles, %d actors, %d relations (CorpusGenerator, seed 1). "
                + "People %s. Machine: %s. Date: %s. Window 1440 × 920 in Xvfb, prism.order=%s. %s.", articles, actors,
                relations, separate ? "drawn separately" : "rolled up",
                ScaleBenchmark.machine(), ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                System.getProperty("prism.order", "default"), ApplicationJvmOptions.describeThisJvm()));
        probe = FxThreadProbe.start();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        ownView(stage);
    }

    // ---- the application's graph view

    private void ownView(Stage stage) throws IOException {
        Path settings = Files.createTempFile("frame-bench-settings", ".json");
        Files.delete(settings);
        long t0 = System.nanoTime();
        app = new AppComposition(stage, CorpusLoader.SEED_RESOURCE, new FxTaskExecutor(),
                new FxTaskExecutor(1, "actorgraph-quick"),
                owner -> new FxDialogService(owner, AppComposition.stylesheets()), new SettingsStore(settings));
        stage.setWidth(1440);
        stage.setHeight(920);
        timer.start();
        lastPulse = 0;
        app.session().peopleSeparatelyProperty().set(separate);
        app.start(List.of(corpusFile.toString()));
        // Stalls count from the window shown: building the window, and what is done before it
        // shows, are reported on their own (the window may wait for its first graph). The graph
        // may arrive before the first pulse, so the first gap counts from then too.
        double[] shownMs = {0};
        double[] stall = {0};
        Runnable shown = () -> {
            stall[0] = 0;
            stallTo = 0;
            shownMs[0] = (System.nanoTime() - t0) / 1e6;
            System.out.println("window shown at " + java.time.Instant.now());
            if (sampleStalls) {
                fxSampler = new FxThreadSampler(Thread.currentThread());
            }
            lastPulse = System.nanoTime();
            probe.takeLongestWaitMs();
        };
        if (stage.isShowing()) {
            shown.run();
        } else {
            stage.showingProperty().addListener((obs, was, now) -> {
                if (now && shownMs[0] == 0) {
                    shown.run();
                }
            });
        }
        GraphView view = app.graphView();
        ViewportModel viewport = app.graphViewModel().viewport();
        // The stall is watched for a few frames after the graph is drawn: a frame that follows the
        // window's first one waits until that one is painted, whatever the graph.
        long[] drawnAt = {0};
        int[] framesAfter = {0};
        watchUntil(() -> {
            if (drawnAt[0] == 0 && stage.isShowing() && view.isDrawn() && view.vertexCount() > 0) {
                drawnAt[0] = System.nanoTime();
            }
            return drawnAt[0] != 0 && framesAfter[0]++ >= FRAMES_WATCHED_AFTER_OPENING;
        }, stall, () -> {
            double firstFrame = (drawnAt[0] - t0) / 1e6;
            stalls.put("loading", stall[0]);
            waits.put("loading", probe.takeLongestWaitMs());
            AggregatedGraph drawn = app.session().getGraph();
            report.add(String.format(Locale.ROOT, "ours: window + read + aggregate + layout + first frame of %d "
                            + "vertices / %d edges (%s): %.0f ms (window built and shown after %.0f ms); longest "
                            + "FX-thread stall from the window shown until three frames after the graph %.0f ms; "
                            + "longest wait of a task on the FX thread meanwhile %.0f ms; collector pauses within the "
                            + "longest stall %.0f ms; it went from %.0f to %.0f ms after the window was shown",
                    view.vertexCount(), view.edgeCount(), drawn.groups().isEmpty() ? "every actor drawn"
                            : "opened as the community overview, " + drawn.groups().size() + " groups",
                    firstFrame, shownMs[0], stall[0], waits.get("loading"), stallPaused(),
                    (stallFrom - t0) / 1e6 - shownMs[0], (stallTo - t0) / 1e6 - shownMs[0]));
            report.add("  gaps over " + (int) LONG_GAP_MS + " ms (length at ms after the window was shown): "
                    + longGaps.stream().map(g -> String.format(Locale.ROOT, "%.0f at %.0f", (g[1] - g[0]) / 1e6,
                            (g[0] - t0) / 1e6 - shownMs[0])).collect(java.util.stream.Collectors.joining(", ")));
            if (fxSampler != null) {
                report.add(fxSampler.summary(stallFrom, stallTo));
            }
            if (openingOnly) {
                finish();
                return;
            }
            if (openingAndShowingAll && !drawn.groups().isEmpty()) {
                phases.add(new Phase("ours show all actors", 0, () -> showAll(app, view), t -> { }, null));
                phases.add(new Phase("ours select the busiest actor", 0, () -> selectBusiest(app), t -> { }, null));
                phases.add(new Phase("ours colour by community", 0, () -> colourByCommunity(app, view), t -> { },
                        null));
                phases.add(new Phase("end", 0, this::finish, t -> { }, null));
                nextPhase(System.nanoTime());
                return;
            }
            if (openingAndReopening) {
                phases.add(new Phase("ours reopen", 0, () -> reopen(app, view), t -> { }, null));
                phases.add(new Phase("end", 0, this::finish, t -> { }, null));
                nextPhase(System.nanoTime());
                return;
            }
            if (openingAndFilters) {
                phases.add(new Phase("ours filter change", 0, () -> filterChange(app, view), t -> { }, null));
                phases.add(new Phase("end", 0, this::finish, t -> { }, null));
                nextPhase(System.nanoTime());
                return;
            }
            Actor hub = drawn.actorsByDegree().get(0);
            phases.add(new Phase("ours settling (first 2 s after the first frame)", 2, null, t -> { }, null));
            phases.add(new Phase("ours idle", 2, null, t -> { }, null));
            // Every frame the whole drawing is painted again, as after a filter change or a new
            // selection: the panel's background alternates between two near-identical colours. Set
            // as a property, not a style, so that no node is styled again: only painting counts.
            javafx.scene.layout.Region panel = (javafx.scene.layout.Region) view.lookup(".actor-graph");
            javafx.scene.layout.Background[] shades = {
                    javafx.scene.layout.Background.fill(javafx.scene.paint.Color.web("#FBFBF8")),
                    javafx.scene.layout.Background.fill(javafx.scene.paint.Color.web("#FBFBF9"))};
            javafx.scene.layout.Background styled = panel.getBackground();
            int[] frames = {0};
            phases.add(new Phase("ours full redraw", seconds, null,
                    t -> panel.setBackground(shades[frames[0]++ % 2]), () -> panel.setBackground(styled)));
            phases.add(new Phase("ours pan", seconds, null, t -> viewport.panBy(Math.sin(t * 3) * 12, Math.cos(t * 2) * 8), null));
            phases.add(new Phase("ours zoom", seconds, null,
                    t -> viewport.zoomAt(Math.sin(t * 4) > 0 ? 1.03 : 1 / 1.03, 720, 430), viewport::fit));
            Point2D[] grab = new Point2D[1];
            phases.add(new Phase("ours drag (busiest actor)", seconds, () -> {
                grab[0] = view.screenCenterOf(hub).orElseThrow();
                robot.mouseMove(grab[0]);
                robot.mousePress(MouseButton.PRIMARY);
            }, t -> robot.mouseMove(grab[0].getX() + 80 * Math.sin(t * 3), grab[0].getY() + 60 * (1 - Math.cos(t * 3))),
                    () -> robot.mouseRelease(MouseButton.PRIMARY)));
            phases.add(new Phase("ours filter change", 0, () -> filterChange(app, view), t -> { }, null));
            phases.add(new Phase("ours reopen", 0, () -> reopen(app, view), t -> { }, null));
            if (!drawn.groups().isEmpty()) {
                // View › Overview › Show all actors: the drawing of every actor is built in the background.
                phases.add(new Phase("ours show all actors", 0, () -> showAll(app, view), t -> { }, null));
                phases.add(new Phase("ours idle (every actor drawn)", 2, null, t -> { }, null));
                phases.add(new Phase("ours pan (every actor drawn)", seconds, null,
                        t -> viewport.panBy(Math.sin(t * 3) * 12, Math.cos(t * 2) * 8), null));
                phases.add(new Phase("ours zoom (every actor drawn)", seconds, null,
                        t -> viewport.zoomAt(Math.sin(t * 4) > 0 ? 1.03 : 1 / 1.03, 720, 430), viewport::fit));
                // The zoom ends with a fit: its picture of the lines is painted in the background
                // (seconds at this size). The pointer moves over a drawing whose lines are painted.
                phases.add(new Phase("ours lines painted after the zoom (every actor drawn)", 20, null, t -> { },
                        null, view::isDrawn));
                // The pointer moving over the lines: each move asks which line is under it.
                Point2D[] middle = new Point2D[1];
                phases.add(new Phase("ours hover (every actor drawn)", seconds, () -> {
                    middle[0] = view.localToScreen(view.getWidth() / 2, view.getHeight() / 2);
                    robot.mouseMove(middle[0]);
                }, t -> robot.mouseMove(middle[0].getX() + 250 * Math.sin(t * 2), middle[0].getY() + 150 * Math.cos(t * 3)),
                        null));
            }
            phases.add(new Phase("stock", 0, () -> {
                stage.close();
                stockView();
            }, t -> { }, null));
            nextPhase(System.nanoTime());
        });
    }

    // Hides two types one after the other, then resets, each once the previous result is drawn. A
    // large corpus is filtered in the background, so the call returns at once and the new graph is
    // drawn later: what counts is the longest pulse gap from the call until it is drawn.
    private void filterChange(AppComposition app, GraphView view) {
        filterStep(app, view, 0);
    }

    private static final String[] FILTER_STEPS = {"hide meets", "hide warns", "reset"};

    private void filterStep(AppComposition app, GraphView view, int step) {
        if (step >= FILTER_STEPS.length) {
            return;
        }
        String name = FILTER_STEPS[step];
        int before = view.edgeCount();
        // Two pulses after the result arrived: the first may still carry the rebuilt view's layout and CSS.
        measureChange("filter " + name, () -> {
            if (name.startsWith("hide ")) {
                String type = name.substring("hide ".length());
                app.filterViewModel().change(name, app.session().getCriteria().withHiddenTypeIds(Set.of(type)));
            } else {
                app.filterViewModel().reset();
            }
        }, () -> !app.session().filteringProperty().get(), 2,
                () -> String.format(Locale.ROOT, "filter change (%s: %d → %d edges)", name, before, view.edgeCount()),
                () -> filterStep(app, view, step + 1));
    }

    // File › Open of the same corpus file in the window on screen: it is read, laid out and drawn
    // again, and arrives in a window that shows the graph of before.
    private void reopen(AppComposition app, GraphView view) {
        AggregatedGraph before = app.session().getGraph();
        measureChange("reopen", () -> app.mainViewModel().open(corpusFile),
                () -> app.session().getGraph() != before && !app.session().busyProperty().get() && view.isDrawn(),
                FRAMES_WATCHED_AFTER_OPENING, () -> String.format(Locale.ROOT,
                        "File › Open of the same corpus in the window (%d vertices, %d edges)", view.vertexCount(),
                        view.edgeCount()), () -> { });
    }

    private void showAll(AppComposition app, GraphView view) {
        int actors = app.session().getFullGraph().actors().size();
        measureChange("show all actors", app.overviewViewModel()::showAll,
                () -> view.isDrawn() && view.vertexCount() == actors, 2, () -> String.format(Locale.ROOT,
                        "View › Overview › Show all actors (%d vertices, %d edges)", view.vertexCount(),
                        view.edgeCount()), () -> { });
    }

    // With every actor drawn, a click on the busiest: the details panel ranks it by every metric,
    // which needs the betweenness and PageRank of the whole graph.
    private void selectBusiest(AppComposition app) {
        AggregatedGraph graph = app.session().getGraph();
        Actor busiest = graph.actorsByDegree().get(0);
        measureChange("select the busiest actor", () -> app.graphViewModel().select(busiest),
                () -> app.detailsViewModel().ranks().size() == 5 && listedLinks(app) > 0
                        && app.graphView().getScene().getRoot()
                        .lookupAll(".relation-link").size() == listedLinks(app), 2,
                () -> String.format(Locale.ROOT, "selecting the busiest actor of %d until the details rank it by all "
                        + "five metrics and list %d of its %d relations", graph.actors().size(), listedLinks(app),
                        app.detailsViewModel().relationLinks().size()), () -> { });
    }

    // The relations the details list at first (the first of each type).
    private static long listedLinks(AppComposition app) {
        return app.detailsViewModel().relationRows().stream()
                .filter(row -> row instanceof org.actorgraph.ui.details.RelationRow.Link).count();
    }

    // The vertices filled by community: the communities of the whole graph are needed.
    private void colourByCommunity(AppComposition app, GraphView view) {
        measureChange("colour by community", () -> app.graphViewModel().vertexColouringProperty()
                        .set(org.actorgraph.ui.graph.VertexColouring.COMMUNITY),
                () -> !app.graphViewModel().vertexFills().isEmpty() && view.isDrawn(), 2,
                () -> String.format(Locale.ROOT,
                        "colouring %d vertices by community until the drawing has the colours",
                        view.vertexCount()), () -> { });
    }

    /**
     * Times one change of the graph on screen: the call itself, then every frame until {@code drawn}
     * has held for {@code frames} pulses. Records the longest pulse gap and task wait under {@code key}
     * (the call counts as both), reports them under the description {@code what} gives once drawn,
     * then runs {@code then}.
     */
    private void measureChange(String key, Runnable change, BooleanSupplier drawn, int frames,
                               java.util.function.Supplier<String> what, Runnable then) {
        long t0 = System.nanoTime();
        change.run();
        double call = (System.nanoTime() - t0) / 1e6;
        double[] stall = {call};
        // The next frame's gap counts from the call: the styling and layout of what it changed are
        // done in the same pulse, after it, and belong to its stall.
        lastPulse = t0;
        int[] pulses = {0};
        watchUntil(() -> drawn.getAsBoolean() && ++pulses[0] >= frames, stall, () -> {
            double drawnMs = (System.nanoTime() - t0) / 1e6;
            stalls.put(key, stall[0]);
            waits.put(key, Math.max(call, probe.takeLongestWaitMs()));
            report.add(String.format(Locale.ROOT, "ours: %s: the call blocks the FX thread %.0f ms; drawn after %.0f "
                            + "ms; longest FX-thread stall meanwhile %.0f ms; longest wait of a task on the FX thread %.0f "
                            + "ms; collector pauses within the longest stall %.0f ms",
                    what.get(), call, drawnMs, stall[0], waits.get(key), stallPaused()));
            report.add("  gaps over " + (int) LONG_GAP_MS + " ms (length at ms after the call): "
                    + longGaps.stream().map(g -> String.format(Locale.ROOT, "%.0f at %.0f", (g[1] - g[0]) / 1e6,
                            (g[0] - t0) / 1e6)).collect(java.util.stream.Collectors.joining(", ")));
            if (fxSampler != null) {
                report.add(fxSampler.summary(stallFrom, stallTo));
            }
            then.run();
        });
    }

    // ---- stock SmartGraph

    // The graph the application draws, as SmartGraph's own digraph with its edges, for SmartGraph
    // to make every node itself (the application's panel gets the actors only).
    private static Digraph<ActorVertex, RelationEdge> stockDigraph(AggregatedGraph graph,
                                                                    Map<Actor, Vertex<ActorVertex>> vertices) {
        Digraph<ActorVertex, RelationEdge> digraph = new DigraphEdgeList<>();
        graph.actors().forEach(actor -> vertices.put(actor, digraph.insertVertex(new ActorVertex(actor))));
        graph.relations().forEach(relation -> digraph.insertEdge(vertices.get(relation.source()),
                vertices.get(relation.target()), new RelationEdge(relation)));
        return digraph;
    }

    private void stockView() {
        if (stockCss == null) {
            report.add("stock: skipped (no --stock-css=PATH given)");
            finish();
            return;
        }
        long t0 = System.nanoTime();
        // The same graph as the application draws, through the same adapter.
        AggregatedGraph graph = new org.actorgraph.analysis.GraphAggregator().aggregate(
                new org.actorgraph.io.CorpusReader().read(corpusFile).requireCorpus(),
                separate ? org.actorgraph.analysis.PersonGrouping.SEPARATE
                        : org.actorgraph.analysis.PersonGrouping.ROLLED_UP);
        Map<Actor, Vertex<ActorVertex>> vertices = new java.util.HashMap<>();
        Digraph<ActorVertex, RelationEdge> digraph = stockDigraph(graph, vertices);
        SmartGraphPanel<ActorVertex, RelationEdge> panel = new SmartGraphPanel<>(digraph,
                new SmartGraphProperties(), new SmartRandomPlacementStrategy(), Path.of(stockCss).toUri(),
                new ForceDirectedSpringGravityLayoutStrategy<>());
        panel.setAutomaticLayout(true);
        Pane holder = new Pane(panel);
        panel.resize(1440, 920);
        Stage stage = new Stage();
        stage.setScene(new Scene(holder, 1440, 920));
        stage.show();
        panel.init();
        double[] stall = {0};
        int[] frames = {0};
        watchUntil(() -> ++frames[0] >= 2, stall, () -> {
            report.add(String.format(Locale.ROOT, "stock: read + aggregate + panel + first frame of %d vertices / %d "
                    + "edges: %.0f ms; longest FX-thread stall %.0f ms", graph.actors().size(), graph.relations().size(),
                    (System.nanoTime() - t0) / 1e6, stall[0]));
            Actor hub = graph.actorsByDegree().get(0);
            Vertex<ActorVertex> hubVertex = vertices.get(hub);
            phases.add(new Phase("stock settling (first 2 s)", 2, null, t -> { }, null));
            phases.add(new Phase("stock idle (automatic layout)", 2, null, t -> { }, null));
            phases.add(new Phase("stock pan", seconds, null, t -> {
                panel.setTranslateX(panel.getTranslateX() + Math.sin(t * 3) * 12);
                panel.setTranslateY(panel.getTranslateY() + Math.cos(t * 2) * 8);
            }, null));
            phases.add(new Phase("stock zoom", seconds, null, t -> {
                double f = Math.sin(t * 4) > 0 ? 1.03 : 1 / 1.03;
                panel.setScaleX(panel.getScaleX() * f);
                panel.setScaleY(panel.getScaleY() * f);
            }, () -> {
                panel.setScaleX(1);
                panel.setScaleY(1);
                panel.setTranslateX(0);
                panel.setTranslateY(0);
            }));
            Point2D[] grab = new Point2D[1];
            phases.add(new Phase("stock drag (busiest actor)", seconds, () -> {
                Node node = (Node) panel.getStylableVertex(hubVertex);
                grab[0] = node.localToScreen(node.getBoundsInLocal().getCenterX(), node.getBoundsInLocal().getCenterY());
                robot.mouseMove(grab[0]);
                robot.mousePress(MouseButton.PRIMARY);
            }, t -> robot.mouseMove(grab[0].getX() + 80 * Math.sin(t * 3), grab[0].getY() + 60 * (1 - Math.cos(t * 3))),
                    () -> robot.mouseRelease(MouseButton.PRIMARY)));
            phases.add(new Phase("end", 0, this::finish, t -> { }, null));
            nextPhase(System.nanoTime());
        });
    }

    // ---- pulses

    private BooleanSupplier waitingFor;
    private double[] waitingStall;
    // Where the longest stall watched so far began and ended (System.nanoTime()).
    private long stallFrom;
    private long stallTo;
    // Every gap over LONG_GAP_MS watched since the last watchUntil: where it began and ended.
    private static final double LONG_GAP_MS = 80;
    private final List<long[]> longGaps = new ArrayList<>();
    private final CollectorPauses collectorPauses = new CollectorPauses();
    private Runnable whenReady;

    /** Runs {@code then} at the first pulse at which {@code ready} holds, recording the longest gap. */
    private void watchUntil(BooleanSupplier ready, double[] stall, Runnable then) {
        waitingFor = ready;
        waitingStall = stall;
        stallFrom = 0;
        stallTo = 0;
        longGaps.clear();
        probe.takeLongestWaitMs();
        whenReady = then;
    }

    // How much of the longest stall watched was the collector's pauses.
    private double stallPaused() {
        return stallTo == 0 ? 0 : collectorPauses.pausedWithin(stallFrom, stallTo);
    }

    private void pulse(long now) {
        boolean first = lastPulse == 0;
        double gapMs = first ? 0 : (now - lastPulse) / 1e6;
        lastPulse = now;
        if (waitingFor != null) {
            if (gapMs > LONG_GAP_MS) {
                longGaps.add(new long[] {now - (long) (gapMs * 1e6), now});
            }
            if (gapMs > waitingStall[0] || stallTo == 0 && gapMs == waitingStall[0]) {
                waitingStall[0] = gapMs;
                stallFrom = now - (long) (gapMs * 1e6);
                stallTo = now;
            }
            if (waitingFor.getAsBoolean()) {
                waitingFor = null;
                whenReady.run();
            }
            return;
        }
        if (current < 0 || current >= phases.size()) {
            return;
        }
        Phase phase = phases.get(current);
        double t = (now - phaseStart) / (double) NS;
        if (t > 0 && !first) {
            phase.intervalsMs.add(gapMs);
        }
        if (t >= phase.seconds || phase.done != null && t > 0.5 && phase.done.getAsBoolean()) {
            phase.longestWaitMs = probe.takeLongestWaitMs();
            if (phase.after != null) {
                phase.after.run();
            }
            nextPhase(now);
            return;
        }
        phase.everyFrame.accept(t);
    }

    private void nextPhase(long now) {
        current++;
        if (current >= phases.size()) {
            return;
        }
        Phase phase = phases.get(current);
        // Wall-clock marks, to cut a flight recording of the run into phases.
        System.out.println("phase " + phase.name + " starts at " + java.time.Instant.now());
        if (histograms) {
            writeHistogram(current);
        }
        phaseStart = System.nanoTime();
        lastPulse = 0;
        if (phase.before != null) {
            phase.before.run();
        }
        phaseStart = System.nanoTime();
        probe.takeLongestWaitMs();
    }

    // What the heap holds at the start of a phase, after a full collection (the JDK's jcmd, which
    // the collection makes slow): the difference between two phases is what the first one kept.
    private static void writeHistogram(int phase) {
        java.io.File out = new java.io.File("target/bench/histogram-phase-" + phase + ".txt");
        try {
            int exit = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true).redirectOutput(out).start().waitFor();
            if (exit != 0) {
                System.out.println("jcmd GC.class_histogram failed (exit " + exit + "), see " + out);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void finish() {
        timer.stop();
        probe.stop();
        if (fxSampler != null) {
            fxSampler.stop();
        }
        StringBuilder md = new StringBuilder();
        report.forEach(line -> md.append(line).append("\n\n"));
        // One row for the table in docs/performance.md: the longest FX-thread block of each event.
        md.append("| longest FX-thread stall, ms |");
        stalls.keySet().forEach(k -> md.append(' ').append(k).append(" |"));
        md.append("\n| --- |").append(" --- |".repeat(stalls.size())).append("\n| ").append(sizeName).append(" |");
        stalls.values().forEach(v -> md.append(String.format(Locale.ROOT, " %.0f |", v)));
        md.append("\n| longest wait of a task on the FX thread, ms |").append(" |".repeat(stalls.size()))
                .append("\n| ").append(sizeName).append(" |");
        waits.values().forEach(v -> md.append(String.format(Locale.ROOT, " %.0f |", v)));
        md.append("\n\n");
        md.append("| phase | frames | fps | median frame ms | p95 frame ms | longest frame ms | frames > 100 ms "
                + "| longest task wait ms |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        // The same figures as CSV, one line per phase, with the machine and the date on every line.
        String when = ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder csv = new StringBuilder(
                "size,phase,frames,fps,median_ms,p95_ms,longest_ms,over_100ms,longest_task_wait_ms,machine,date\n");
        for (Phase phase : phases) {
            if (phase.seconds == 0 || phase.intervalsMs.isEmpty()) {
                continue;
            }
            double[] ms = phase.intervalsMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double total = Arrays.stream(ms).sum();
            long slow = Arrays.stream(ms).filter(v -> v > STALL_MS).count();
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f | %d | %.0f |%n", phase.name,
                    ms.length, ms.length / (total / 1000), ms[ms.length / 2], ms[(int) (ms.length * 0.95)],
                    ms[ms.length - 1], slow, phase.longestWaitMs));
            csv.append(String.format(Locale.ROOT, "%s,\"%s\",%d,%.1f,%.1f,%.1f,%.0f,%d,%.0f,\"%s\",%s%n", sizeName,
                    phase.name, ms.length, ms.length / (total / 1000), ms[ms.length / 2], ms[(int) (ms.length * 0.95)],
                    ms[ms.length - 1], slow, phase.longestWaitMs, ScaleBenchmark.machine(), when));
        }
        stalls.forEach((event, value) -> csv.append(String.format(Locale.ROOT,
                "%s,\"longest FX-thread stall: %s\",,,,,%.0f,,%.0f,\"%s\",%s%n", sizeName, event, value,
                waits.get(event), ScaleBenchmark.machine(), when)));
        System.out.println(md);
        app.stop();
        try {
            Files.writeString(Path.of("target/bench/frames-" + sizeName + ".md"), md, StandardCharsets.UTF_8);
            Files.writeString(Path.of("target/bench/frames-" + sizeName + ".csv"), csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            e.printStackTrace();
        }
        Platform.exit();
    }
}
