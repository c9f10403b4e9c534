package org.actorgraph.render.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.actorgraph.analysis.AggregatedRelation;
import org.actorgraph.model.Point;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Certainty;
import org.actorgraph.render.ExportMonitor;
import org.actorgraph.render.Rgb;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * GraphML through jgrapht-io's exporter, with typed data keys that Gephi maps on import
 * ({@code label}, {@code r}/{@code g}/{@code b}, {@code x}/{@code y}, {@code size}, {@code weight} = evidence)
 * and that yEd offers in its Properties Mapper ({@code color} as {@code #RRGGBB}, type, statuses,
 * evidence). One edge per drawn edge: source, target and type, with every claim's evidence.
 *
 * <p>yEd draws only its own graphics extensions, so each node and edge also gets a
 * {@code nodegraphics} / {@code edgegraphics} data element ({@code y:ShapeNode} with geometry,
 * fill, outline and label; {@code y:PolyLineEdge} with colour, line style by certainty, width,
 * arrow and label). jgrapht cannot write foreign elements, so its output is parsed and these are
 * added to the document before it is written again; the result depends only on the input.
 */
public final class GraphMlExporter {

    /** The namespace of yEd's graphics extensions. */
    public static final String YED_NAMESPACE = "http://www.yworks.com/xml/graphml";
    private static final String GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

    public void write(GraphData data, OutputStream out) throws IOException {
        write(data, out, ExportMonitor.NONE);
    }

    /**
     * Writes the graph, reporting to {@code monitor} as jgrapht writes each node and edge (to 15 %),
     * then once jgrapht's document is read back (35 %), and as yEd's graphics are added to each
     * node and edge (to 60 %); the document is written out in the rest, without reports. The
     * monitor can stop the export at every node and edge, and between chunks of what is written.
     *
     * @throws java.util.concurrent.CancellationException if the monitor says so
     */
    public void write(GraphData data, OutputStream out, ExportMonitor monitor) throws IOException {
        int elements = data.graph().actors().size() + data.graph().relations().size();
        ExportMonitor.Counter written = monitor.part(0, 0.15).count(elements);
        XmlIds vertexIds = new XmlIds();
        XmlIds edgeIds = new XmlIds();
        Map<String, Actor> actorsById = new HashMap<>();
        Map<String, AggregatedRelation> edgesById = new HashMap<>();
        GraphMLExporter<Actor, AggregatedRelation> exporter = new GraphMLExporter<>(a -> {
            String id = vertexIds.of(a.id());
            actorsById.put(id, a);
            return id;
        });
        // "PRK|arms_supply|RUS" is not an NMTOKEN; "PRK_arms_supply_RUS" is.
        exporter.setEdgeIdProvider(e -> {
            String id = edgeIds.of(e.id());
            edgesById.put(id, e);
            return id;
        });
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
            written.step();
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
            written.step();
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
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        Writer writer = new OutputStreamWriter(plain, StandardCharsets.UTF_8);
        try {
            // The GraphML "weight" (Gephi's edge weight) is the amount of evidence.
            exporter.setExportEdgeWeights(true);
            exporter.exportGraph(new AsWeightedGraph<>(data.graph().graph(), e -> (double) e.evidenceCount(),
                    false, false), writer);
        } catch (ExportException e) {
            throw cancelledOr(e, new IOException("cannot write GraphML: " + e.getMessage(), e));
        }
        writer.flush();
        written.finish();
        Document document = parse(plain.toByteArray());
        monitor.throwIfCancelled();
        addYedGraphics(document, data, actorsById, edgesById, monitor.part(0.35, 0.6).count(elements));
        serialize(document, out);
        monitor.progress(1, null);
    }

    private static void addYedGraphics(Document document, GraphData data, Map<String, Actor> actors,
                                       Map<String, AggregatedRelation> edges, ExportMonitor.Counter added) {
        Element root = document.getDocumentElement();
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:y", YED_NAMESPACE);
        Set<String> keyIds = new HashSet<>();
        Element graph = null;
        for (Element child : children(root)) {
            if (child.getLocalName().equals("key")) {
                keyIds.add(child.getAttribute("id"));
            } else if (child.getLocalName().equals("graph") && graph == null) {
                graph = child;
            }
        }
        if (graph == null) {
            return;
        }
        String nodeKey = unusedId(keyIds, "d_ng");
        String edgeKey = unusedId(keyIds, "d_eg");
        root.insertBefore(yedKey(document, "node", nodeKey, "nodegraphics"), graph);
        root.insertBefore(yedKey(document, "edge", edgeKey, "edgegraphics"), graph);
        for (Element child : children(graph)) {
            if (child.getLocalName().equals("node") && actors.containsKey(child.getAttribute("id"))) {
                child.appendChild(data(document, nodeKey, shapeNode(document, data, actors.get(child.getAttribute("id")))));
            } else if (child.getLocalName().equals("edge") && edges.containsKey(child.getAttribute("id"))) {
                child.appendChild(data(document, edgeKey, polyLineEdge(document, data, edges.get(child.getAttribute("id")))));
            }
            added.step();
        }
        added.finish();
    }

    /** {@code <y:ShapeNode>}: an ellipse at the drawn centre and radius, with the drawn fill and outline. */
    private static Element shapeNode(Document document, GraphData data, Actor actor) {
        Point center = data.position(actor);
        double radius = data.size(actor);
        Element shape = y(document, "ShapeNode");
        shape.appendChild(y(document, "Geometry",
                "x", number(center.x() - radius), "y", number(center.y() - radius),
                "width", number(2 * radius), "height", number(2 * radius)));
        shape.appendChild(y(document, "Fill", "color", data.vertexColor().toHex(), "transparent", "false"));
        shape.appendChild(y(document, "BorderStyle", "color", data.vertexStroke().toHex(), "type", "line",
                "width", "1.5"));
        // The figure writes names under the circles; yEd's "sandwich" model at "s" does the same.
        Element label = y(document, "NodeLabel", "alignment", "center", "autoSizePolicy", "content",
                "fontFamily", "Dialog", "fontSize", "12", "fontStyle", "plain", "hasBackgroundColor", "false",
                "hasLineColor", "false", "modelName", "sandwich", "modelPosition", "s",
                "textColor", data.textColor().toHex(), "visible", "true");
        label.setTextContent(actor.name());
        shape.appendChild(label);
        shape.appendChild(y(document, "Shape", "type", "ellipse"));
        return shape;
    }

    /** {@code <y:PolyLineEdge>}: the drawn colour and width, the line style of the certainty, an arrow. */
    private static Element polyLineEdge(Document document, GraphData data, AggregatedRelation edge) {
        String color = data.color(edge).toHex();
        Element line = y(document, "PolyLineEdge");
        line.appendChild(y(document, "LineStyle", "color", color, "type", lineType(edge.certainty()),
                "width", number(data.width(edge))));
        line.appendChild(y(document, "Arrows", "source", "none", "target", "standard"));
        Element label = y(document, "EdgeLabel", "fontFamily", "Dialog", "fontSize", "10", "fontStyle", "plain",
                "modelName", "centered", "modelPosition", "center", "textColor", color, "visible", "true");
        label.setTextContent(GraphData.label(edge));
        line.appendChild(label);
        line.appendChild(y(document, "BendStyle", "smoothed", "true"));
        return line;
    }

    /** yEd's line types: solid, dashed for intended, dotted for speculative, dash-dot for denied. */
    static String lineType(Certainty certainty) {
        return switch (certainty) {
            case REPORTED -> "line";
            case INTENDED -> "dashed";
            case SPECULATIVE -> "dotted";
            case DENIED -> "dashed_dotted";
        };
    }

    private static Element yedKey(Document document, String forWhat, String id, String yfilesType) {
        Element key = document.createElementNS(GRAPHML_NAMESPACE, "key");
        key.setAttribute("for", forWhat);
        key.setAttribute("id", id);
        key.setAttribute("yfiles.type", yfilesType);
        return key;
    }

    private static Element data(Document document, String key, Element content) {
        Element data = document.createElementNS(GRAPHML_NAMESPACE, "data");
        data.setAttribute("key", key);
        data.appendChild(content);
        return data;
    }

    private static Element y(Document document, String name, String... attributes) {
        Element element = document.createElementNS(YED_NAMESPACE, "y:" + name);
        for (int i = 0; i < attributes.length; i += 2) {
            element.setAttribute(attributes[i], attributes[i + 1]);
        }
        return element;
    }

    private static String unusedId(Set<String> used, String id) {
        String candidate = id;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = id + "_" + n;
        }
        used.add(candidate);
        return candidate;
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    /** Writes the document indented afresh, so the same document always gives the same bytes. */
    private static void serialize(Document document, OutputStream out) throws IOException {
        removeIndentation(document.getDocumentElement());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
            transformer.transform(new DOMSource(document), new StreamResult(writer));
        } catch (TransformerException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
        writer.write("\n");
        writer.flush();
    }

    /** Drops the whitespace between elements; text inside data values stays as it is. */
    private static void removeIndentation(Element element) {
        List<Element> children = children(element);
        if (children.isEmpty()) {
            return;
        }
        for (Node child = element.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                element.removeChild(child);
            }
            child = next;
        }
        children.forEach(GraphMlExporter::removeIndentation);
    }

    private static String number(double value) {
        return String.valueOf(round(value));
    }

    private static void register(GraphMLExporter<Actor, AggregatedRelation> exporter, AttributeCategory category,
                                 String name, AttributeType type) {
        exporter.registerAttribute(name, category, type);
    }

    /**
     * The cancellation that {@code e} wraps, if the export was stopped by its monitor (jgrapht
     * wraps whatever an attribute provider throws), else {@code otherwise}.
     */
    static RuntimeException cancelledOr(ExportException e, IOException otherwise) throws IOException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CancellationException cancelled) {
                return cancelled;
            }
        }
        throw otherwise;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
