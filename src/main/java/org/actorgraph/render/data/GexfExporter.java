package org.actorgraph.render.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.render.ExportMonitor;
import org.actorgraph.render.Rgb;

/**
 * GEXF 1.3 for Gephi, with the {@code viz} namespace for colours, positions, sizes, edge thickness
 * and line shape. Hand-written with StAX because jgrapht-io's GEXFExporter writes GEXF 1.2 and has
 * no way to add {@code viz:} elements. No {@code lastmodifieddate}, so equal input gives equal
 * bytes. Positions are the figure's, with y pointing up as Gephi expects.
 */
public final class GexfExporter {

    static final String GEXF = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

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
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(GEXF);
            xml.writeNamespace("viz", VIZ);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", GEXF + " http://gexf.net/1.3/gexf.xsd");
            xml.writeAttribute("version", "1.3");
            newline(xml, 1);
            xml.writeStartElement("meta");
            newline(xml, 2);
            element(xml, "creator", "ActorGraph");
            if (!data.title().isBlank()) {
                newline(xml, 2);
                element(xml, "title", data.title());
            }
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", "static");
            attributes(xml, "node", new String[][] {{"kind", "string"}, {"degree", "integer"}});
            attributes(xml, "edge", new String[][] {{"type", "string"}, {"type_label", "string"},
                {"status", "string"}, {"certainty", "string"}, {"evidence_count", "integer"},
                {"evidence", "string"}, {"claims", "string"}, {"sources", "string"}});
            newline(xml, 2);
            xml.writeStartElement("nodes");
            double top = data.graph().actors().stream().mapToDouble(a -> data.position(a).y()).max().orElse(0);
            for (Actor actor : data.graph().actors()) {
                newline(xml, 3);
                xml.writeStartElement("node");
                xml.writeAttribute("id", actor.id());
                xml.writeAttribute("label", actor.name());
                attvalues(xml, 4, new String[][] {{"kind", actor.kind().jsonName()},
                    {"degree", Integer.toString(data.graph().degree(actor))}});
                newline(xml, 4);
                color(xml, data.vertexColor());
                newline(xml, 4);
                Point p = data.position(actor);
                xml.writeEmptyElement("viz", "position", VIZ);
                xml.writeAttribute("x", number(p.x()));
                xml.writeAttribute("y", number(top - p.y()));
                xml.writeAttribute("z", "0");
                newline(xml, 4);
                xml.writeEmptyElement("viz", "size", VIZ);
                xml.writeAttribute("value", number(data.size(actor)));
                newline(xml, 3);
                xml.writeEndElement();
                written.step();
            }
            newline(xml, 2);
            xml.writeEndElement();
            newline(xml, 2);
            xml.writeStartElement("edges");
            for (AggregatedRelation edge : data.graph().relations()) {
                newline(xml, 3);
                xml.writeStartElement("edge");
                xml.writeAttribute("id", edge.id());
                xml.writeAttribute("source", edge.source().id());
                xml.writeAttribute("target", edge.target().id());
                xml.writeAttribute("label", GraphData.label(edge));
                xml.writeAttribute("weight", Integer.toString(edge.evidenceCount()));
                attvalues(xml, 4, new String[][] {{"type", edge.type().id()}, {"type_label", edge.type().label()},
                    {"status", GraphData.statuses(edge)}, {"certainty", GraphData.certainty(edge)},
                    {"evidence_count", Integer.toString(edge.evidenceCount())},
                    {"evidence", GraphData.evidence(edge)}, {"claims", GraphData.claimIds(edge)},
                    {"sources", GraphData.sources(edge)}});
                newline(xml, 4);
                color(xml, data.color(edge));
                newline(xml, 4);
                xml.writeEmptyElement("viz", "thickness", VIZ);
                xml.writeAttribute("value", number(data.width(edge)));
                newline(xml, 4);
                xml.writeEmptyElement("viz", "shape", VIZ);
                xml.writeAttribute("value", shape(edge));
                newline(xml, 3);
                xml.writeEndElement();
                written.step();
            }
            newline(xml, 2);
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
        }
        writer.flush();
        written.finish();
    }

    /** GEXF's edge shapes are solid, dotted, dashed and double; denied claims are dashed. */
    private static String shape(AggregatedRelation edge) {
        return switch (edge.certainty()) {
            case REPORTED -> "solid";
            case INTENDED, DENIED -> "dashed";
            case SPECULATIVE -> "dotted";
        };
    }

    private static void attributes(XMLStreamWriter xml, String kind, String[][] declared) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", kind);
        for (String[] attribute : declared) {
            newline(xml, 3);
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute[0]);
            xml.writeAttribute("title", attribute[0]);
            xml.writeAttribute("type", attribute[1]);
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void attvalues(XMLStreamWriter xml, int depth, String[][] values) throws XMLStreamException {
        newline(xml, depth);
        xml.writeStartElement("attvalues");
        for (String[] value : values) {
            newline(xml, depth + 1);
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", value[0]);
            xml.writeAttribute("value", value[1]);
        }
        newline(xml, depth);
        xml.writeEndElement();
    }

    private static void color(XMLStreamWriter xml, Rgb color) throws XMLStreamException {
        xml.writeEmptyElement("viz", "color", VIZ);
        xml.writeAttribute("r", Integer.toString(color.red()));
        xml.writeAttribute("g", Integer.toString(color.green()));
        xml.writeAttribute("b", Integer.toString(color.blue()));
        if (color.alpha() != 255) {
            xml.writeAttribute("a", number(color.alpha() / 255.0));
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
