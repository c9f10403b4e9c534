package org.actorgraph.render.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Certainty;
import org.actorgraph.render.ExportMonitor;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT through jgrapht-io's exporter. Edges carry the figure's visual rules in Graphviz
 * terms: {@code color}, {@code penwidth}, {@code style} (solid, dashed for intended, dotted for
 * speculative; Graphviz has no dash-dot, so denied claims are dashed in their faded colour), a
 * label with the type and the amount of evidence, and the evidence as {@code tooltip} (shown by
 * Graphviz's SVG output). Vertices keep the figure's positions as {@code pos} (in points, y up),
 * which {@code neato -n} uses as they are; {@code dot} lays the graph out anew.
 */
public final class DotExporter {

    public void write(GraphData data, OutputStream out) throws IOException {
        write(data, out, ExportMonitor.NONE);
    }

    /**
     * Writes the graph, reporting every node and edge written to {@code monitor}, which can stop
     * the export at each of them.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public void write(GraphData data, OutputStream out, ExportMonitor monitor) throws IOException {
        ExportMonitor.Counter written = monitor.count(data.graph().actors().size() + data.graph().relations().size());
        DOTExporter<Actor, AggregatedRelation> exporter = new DOTExporter<>(actor -> quote(actor.id()));
        exporter.setGraphIdProvider(() -> "actorgraph");
        double height = data.graph().actors().stream().mapToDouble(a -> data.position(a).y()).max().orElse(0);
        exporter.setGraphAttributeProvider(() -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            if (!data.title().isBlank()) {
                // jgrapht writes graph attributes as they are, so they are quoted here.
                attributes.put("label", DefaultAttribute.createAttribute(quote(data.title())));
                attributes.put("labelloc", DefaultAttribute.createAttribute("t"));
            }
            attributes.put("fontname", DefaultAttribute.createAttribute(quote("DejaVu Sans")));
            attributes.put("overlap", DefaultAttribute.createAttribute("false"));
            return attributes;
        });
        exporter.setVertexAttributeProvider(actor -> {
            written.step();
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            Point p = data.position(actor);
            attributes.put("label", DefaultAttribute.createAttribute(actor.name()));
            attributes.put("shape", DefaultAttribute.createAttribute("ellipse"));
            attributes.put("style", DefaultAttribute.createAttribute("filled"));
            attributes.put("fillcolor", DefaultAttribute.createAttribute(data.vertexColor().toHex()));
            attributes.put("fontname", DefaultAttribute.createAttribute("DejaVu Sans"));
            attributes.put("pos", DefaultAttribute.createAttribute(String.format(Locale.ROOT, "%.2f,%.2f",
                    p.x(), height - p.y())));
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            written.step();
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("label", DefaultAttribute.createAttribute(GraphData.label(edge)));
            attributes.put("color", DefaultAttribute.createAttribute(hexWithAlpha(data, edge)));
            attributes.put("fontcolor", DefaultAttribute.createAttribute(data.color(edge).toHex()));
            attributes.put("style", DefaultAttribute.createAttribute(style(edge.certainty())));
            attributes.put("penwidth", DefaultAttribute.createAttribute(GraphMlExporter.round(data.width(edge))));
            attributes.put("fontname", DefaultAttribute.createAttribute("DejaVu Sans"));
            attributes.put("type", DefaultAttribute.createAttribute(edge.type().id()));
            attributes.put("status", DefaultAttribute.createAttribute(GraphData.statuses(edge)));
            attributes.put("evidence_count", DefaultAttribute.createAttribute(edge.evidenceCount()));
            attributes.put("tooltip", DefaultAttribute.createAttribute(GraphData.evidence(edge)));
            return attributes;
        });
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            exporter.exportGraph(data.graph().graph(), writer);
        } catch (ExportException e) {
            throw GraphMlExporter.cancelledOr(e, new IOException("cannot write DOT: " + e.getMessage(), e));
        }
        writer.flush();
        written.finish();
    }

    static String style(Certainty certainty) {
        return switch (certainty) {
            case REPORTED -> "solid";
            case INTENDED, DENIED -> "dashed";
            case SPECULATIVE -> "dotted";
        };
    }

    private static String hexWithAlpha(GraphData data, AggregatedRelation edge) {
        var color = data.color(edge);
        return color.alpha() == 255 ? color.toHex() : color.toHex() + String.format(Locale.ROOT, "%02X", color.alpha());
    }

    /** A DOT double-quoted id: any text, with quotes and backslashes escaped. */
    static String quote(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
