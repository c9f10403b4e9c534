package org.actorgraph.render.data;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.analysis.EvidenceQuote;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Article;
import org.actorgraph.model.Relation;
import org.actorgraph.render.ExportMonitor;

/**
 * The drawn graph as JSON: {@code nodes} and {@code edges} with everything the figure shows and
 * the evidence behind it, and the {@code articles} the evidence comes from. Keys in a fixed order,
 * two-space indentation, {@code \n} line ends, no timestamps: equal input gives equal bytes.
 */
public final class JsonExporter {

    /** Identifies the layout of this file for readers. */
    public static final String FORMAT = "actorgraph-graph";

    public void write(GraphData data, OutputStream out) throws IOException {
        write(data, out, ExportMonitor.NONE);
    }

    /**
     * Writes the graph, reporting to {@code monitor} as the nodes and edges are gathered (the first
     * two fifths); the document is written out in the rest, without reports. The monitor can stop
     * the export at every node and edge.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public void write(GraphData data, OutputStream out, ExportMonitor monitor) throws IOException {
        ExportMonitor.Counter gathered = monitor.part(0, 0.4)
                .count(data.graph().actors().size() + data.graph().relations().size());
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", 1);
        root.addProperty("title", data.title());
        root.addProperty("people", data.graph().grouping().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        JsonArray nodes = new JsonArray();
        for (Actor actor : data.graph().actors()) {
            JsonObject node = new JsonObject();
            node.addProperty("id", actor.id());
            node.addProperty("name", actor.name());
            node.addProperty("kind", actor.kind().jsonName());
            node.addProperty("degree", data.graph().degree(actor));
            Point p = data.position(actor);
            node.addProperty("x", GraphMlExporter.round(p.x()));
            node.addProperty("y", GraphMlExporter.round(p.y()));
            node.addProperty("size", GraphMlExporter.round(data.size(actor)));
            nodes.add(node);
            gathered.step();
        }
        root.add("nodes", nodes);
        JsonArray edges = new JsonArray();
        Set<Article> cited = new LinkedHashSet<>();
        for (AggregatedRelation edge : data.graph().relations()) {
            JsonObject object = new JsonObject();
            object.addProperty("id", edge.id());
            object.addProperty("source", edge.source().id());
            object.addProperty("target", edge.target().id());
            object.addProperty("type", edge.type().id());
            object.addProperty("typeLabel", edge.type().label());
            object.addProperty("color", data.color(edge).toHex());
            object.addProperty("width", GraphMlExporter.round(data.width(edge)));
            object.addProperty("certainty", GraphData.certainty(edge));
            JsonArray statuses = new JsonArray();
            edge.statuses().forEach(s -> statuses.add(s.jsonName()));
            object.add("statuses", statuses);
            object.addProperty("evidenceCount", edge.evidenceCount());
            JsonArray claims = new JsonArray();
            for (Relation claim : edge.relations()) {
                JsonObject c = new JsonObject();
                c.addProperty("id", claim.id());
                c.addProperty("article", claim.articleId());
                c.addProperty("status", claim.status().jsonName());
                c.addProperty("negated", claim.negated());
                c.addProperty("date", claim.period().map(Object::toString).orElse(null));
                c.addProperty("attribution", claim.claimant().map(a -> a.by()).orElse(null));
                claims.add(c);
            }
            object.add("claims", claims);
            JsonArray evidence = new JsonArray();
            for (EvidenceQuote quote : edge.quotes()) {
                JsonObject q = new JsonObject();
                q.addProperty("text", quote.text());
                q.addProperty("article", quote.article().id());
                evidence.add(q);
                cited.add(quote.article());
            }
            object.add("evidence", evidence);
            edges.add(object);
            gathered.step();
        }
        root.add("edges", edges);
        JsonArray articles = new JsonArray();
        for (Article article : data.graph().corpus().articles()) {
            if (!cited.contains(article)) {
                continue;
            }
            JsonObject a = new JsonObject();
            a.addProperty("id", article.id());
            a.addProperty("title", article.title());
            a.addProperty("outlet", article.outlet());
            a.addProperty("date", article.publicationDate().map(Object::toString).orElse(null));
            a.addProperty("url", article.url());
            articles.add(a);
        }
        root.add("articles", articles);
        gathered.finish();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root, writer);
        writer.write("\n");
        writer.flush();
        monitor.progress(1, null);
    }
}
