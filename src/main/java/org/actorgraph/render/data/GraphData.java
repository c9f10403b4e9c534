package org.actorgraph.render.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.EvidenceQuote;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Relation;
import org.actorgraph.model.Status;
import org.actorgraph.render.Drawing;
import org.actorgraph.render.EdgeStyles;
import org.actorgraph.render.Rgb;
import org.actorgraph.render.Theme;

/**
 * What every data format says about a graph, computed once so the formats agree: the drawn
 * position, size and colour of each actor, and the colour, width, statuses and evidence of each
 * edge. Positions and sizes are those of the exported figure, so a file opened in Gephi looks like
 * the picture.
 */
public final class GraphData {

    /** Separates quotes in one text field. */
    public static final String QUOTE_SEPARATOR = " … ";

    private final AggregatedGraph graph;
    private final Map<String, Drawing.Vertex> vertices;
    private final Theme theme;

    public GraphData(AggregatedGraph graph, Drawing drawing, Theme theme) {
        this.graph = graph;
        this.vertices = drawing.vertices().stream()
                .collect(Collectors.toMap(Drawing.Vertex::actorId, v -> v, (a, b) -> a, java.util.LinkedHashMap::new));
        this.theme = theme;
    }

    public AggregatedGraph graph() {
        return graph;
    }

    public String title() {
        return graph.corpus().title();
    }

    public Point position(Actor actor) {
        Drawing.Vertex vertex = vertices.get(actor.id());
        return vertex == null ? new Point(0, 0) : vertex.center();
    }

    public double size(Actor actor) {
        return EdgeStyles.vertexRadius(graph.degree(actor));
    }

    public Rgb vertexColor() {
        return theme.vertexFill().mix(Rgb.hex("#4A78A8"), 0.6);
    }

    /** The colour of names and labels. */
    public Rgb textColor() {
        return theme.text();
    }

    /** The outline of every actor, as the figure draws it. */
    public Rgb vertexStroke() {
        return theme.vertexStroke();
    }

    public Rgb color(AggregatedRelation edge) {
        return EdgeStyles.color(Rgb.hex(edge.type().color()), edge.certainty(), theme);
    }

    public double width(AggregatedRelation edge) {
        return EdgeStyles.width(edge.evidenceCount());
    }

    /** The statuses of the edge's claims, e.g. {@code "planned, proposed"}. */
    public static String statuses(AggregatedRelation edge) {
        return edge.statuses().stream().map(Status::jsonName).collect(Collectors.joining(", "));
    }

    /** The certainty group the edge is drawn with, e.g. {@code "intended"}. */
    public static String certainty(AggregatedRelation edge) {
        return edge.certainty().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The distinct evidence sentences, joined by {@link #QUOTE_SEPARATOR}. */
    public static String evidence(AggregatedRelation edge) {
        return edge.quotes().stream().map(EvidenceQuote::text).collect(Collectors.joining(QUOTE_SEPARATOR));
    }

    /** The ids of the claims bundled in the edge, comma-separated. */
    public static String claimIds(AggregatedRelation edge) {
        return edge.relations().stream().map(Relation::id).collect(Collectors.joining(","));
    }

    /** "outlet, title, date" of each article the edge cites, joined by "; ". */
    public static String sources(AggregatedRelation edge) {
        Set<Article> articles = new LinkedHashSet<>();
        edge.quotes().forEach(q -> articles.add(q.article()));
        List<String> cited = new ArrayList<>();
        for (Article article : articles) {
            cited.add(citation(article));
        }
        return String.join("; ", cited);
    }

    /** "outlet, title, date", leaving out what is not known. */
    public static String citation(Article article) {
        List<String> parts = new ArrayList<>();
        if (article.outlet() != null && !article.outlet().isBlank()) {
            parts.add(article.outlet().strip());
        }
        parts.add(article.title().strip());
        article.publicationDate().ifPresent(d -> parts.add(d.text()));
        return String.join(", ", parts);
    }

    /** The label of an edge: type label and the amount of evidence. */
    public static String label(AggregatedRelation edge) {
        return edge.type().label() + " (" + edge.evidenceCount() + ")";
    }
}
