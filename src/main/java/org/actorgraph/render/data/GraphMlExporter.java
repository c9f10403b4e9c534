package org.actorgraph.render.data;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.render.Rgb;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * GraphML through jgrapht-io's exporter, with typed data keys that Gephi maps on import
 * ({@code label}, {@code r}/{@code g}/{@code b}, {@code x}/{@code y}, {@code size}, {@code weight} = evidence)
 * and that yEd offers in its Properties Mapper ({@code color} as {@code #RRGGBB}, type, statuses,
 * evidence). One edge per drawn edge: source, target and type, with every claim's evidence.
 */
public final class GraphMlExporter {

    public void write(GraphData data, OutputStream out) throws java.io.IOException {
        XmlIds vertexIds = new XmlIds();
        XmlIds edgeIds = new XmlIds();
        GraphMLExporter<Actor, AggregatedRelation> exporter = new GraphMLExporter<>(a -> vertexIds.of(a.id()));
        // "PRK|arms_supply|RUS" is not an NMTOKEN; "PRK_arms_supply_RUS" is.
        exporter.setEdgeIdProvider(e -> edgeIds.of(e.id()));
        register(exporter, AttributeCategory.NODE, "label", AttributeType.STRING);
        register(exporter, AttributeCategory.NODE, "actor_id", AttributeType.STRING);
        register(exporter, AttributeCategory.NODE, "kind", AttributeType.STRING);
        register(exporter, AttributeCategory.NODE, "color", AttributeType.STRING);
        // Colour channels are declared once for nodes and edges: jgrapht keys attributes by name.
        register(exporter, AttributeCategory.ALL, "r", AttributeType.INT);
        register(exporter, AttributeCategory.ALL, "g", AttributeType.INT);
        register(exporter, AttributeCategory.ALL, "b", AttributeType.INT);
        register(exporter, AttributeCategory.NODE, "x", AttributeType.DOUBLE);
        register(exporter, AttributeCategory.NODE, "y", AttributeType.DOUBLE);
        register(exporter, AttributeCategory.NODE, "size", AttributeType.DOUBLE);
        register(exporter, AttributeCategory.NODE, "degree", AttributeType.INT);
        register(exporter, AttributeCategory.EDGE, "edgelabel", AttributeType.STRING);
        register(exporter, AttributeCategory.EDGE, "type", AttributeType.STRING);
        register(exporter, AttributeCategory.EDGE, "type_label", AttributeType.STRING);
        register(exporter, AttributeCategory.EDGE, "edgecolor", AttributeType.STRING);
        register(exporter, AttributeCategory.EDGE, "status", AttributeType.STRING);
        register(exporter, AttributeCategory.EDGE, "certainty", AttributeType.STRING);
        register(exporter, AttributeCategory.EDGE, "evidence_count", AttributeType.INT);
        register(exporter, AttributeCategory.EDGE, "evidence", AttributeType.STRING);
        register(exporter, AttributeCategory.EDGE, "claims", AttributeType.STRING);
        register(exporter, AttributeCategory.EDGE, "sources", AttributeType.STRING);
        exporter.setVertexAttributeProvider(actor -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            Rgb color = data.vertexColor();
            Point p = data.position(actor);
            attributes.put("label", DefaultAttribute.createAttribute(actor.name()));
            attributes.put("actor_id", DefaultAttribute.createAttribute(actor.id()));
            attributes.put("kind", DefaultAttribute.createAttribute(actor.kind().jsonName()));
            attributes.put("color", DefaultAttribute.createAttribute(color.toHex()));
            attributes.put("r", DefaultAttribute.createAttribute(color.red()));
            attributes.put("g", DefaultAttribute.createAttribute(color.green()));
            attributes.put("b", DefaultAttribute.createAttribute(color.blue()));
            attributes.put("x", DefaultAttribute.createAttribute(round(p.x())));
            attributes.put("y", DefaultAttribute.createAttribute(round(p.y())));
            attributes.put("size", DefaultAttribute.createAttribute(round(data.size(actor))));
            attributes.put("degree", DefaultAttribute.createAttribute(data.graph().degree(actor)));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            Rgb color = data.color(edge);
            attributes.put("edgelabel", DefaultAttribute.createAttribute(GraphData.label(edge)));
            attributes.put("type", DefaultAttribute.createAttribute(edge.type().id()));
            attributes.put("type_label", DefaultAttribute.createAttribute(edge.type().label()));
            attributes.put("edgecolor", DefaultAttribute.createAttribute(color.toHex()));
            attributes.put("r", DefaultAttribute.createAttribute(color.red()));
            attributes.put("g", DefaultAttribute.createAttribute(color.green()));
            attributes.put("b", DefaultAttribute.createAttribute(color.blue()));
            attributes.put("status", DefaultAttribute.createAttribute(GraphData.statuses(edge)));
            attributes.put("certainty", DefaultAttribute.createAttribute(GraphData.certainty(edge)));
            attributes.put("evidence_count", DefaultAttribute.createAttribute(edge.evidenceCount()));
            attributes.put("evidence", DefaultAttribute.createAttribute(GraphData.evidence(edge)));
            attributes.put("claims", DefaultAttribute.createAttribute(GraphData.claimIds(edge)));
            attributes.put("sources", DefaultAttribute.createAttribute(GraphData.sources(edge)));
            return attributes;
        });
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            // The GraphML "weight" (Gephi's edge weight) is the amount of evidence.
            exporter.setExportEdgeWeights(true);
            exporter.exportGraph(new AsWeightedGraph<>(data.graph().graph(), e -> (double) e.evidenceCount(),
                    false, false), writer);
        } catch (ExportException e) {
            throw new java.io.IOException("cannot write GraphML: " + e.getMessage(), e);
        }
        writer.flush();
    }

    private static void register(GraphMLExporter<Actor, AggregatedRelation> exporter, AttributeCategory category,
                                 String name, AttributeType type) {
        exporter.registerAttribute(name, category, type);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
