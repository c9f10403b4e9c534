package org.actorgraph.render.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.render.Drawing;
import org.actorgraph.render.EdgeStyles;
import org.actorgraph.render.Rgb;
import org.actorgraph.render.ExportFormat;
import org.actorgraph.render.Exporter;
import org.actorgraph.render.ImageOptions;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The data formats, read back as Gephi, yEd or a spreadsheet would. Expected counts come from
 * reading the seed file: 7 actors that are not people, 22 distinct (source, target, type) after
 * rolling people up, 38 claims.
 */
class DataExportTest {

    private static final int SEED_VERTICES = 7;
    private static final int SEED_EDGES = 22;
    private static final int SEED_CLAIMS = 38;

    private final Exporter exporter = new Exporter();

    private static Corpus seed() {
        return new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus();
    }

    private String export(ExportFormat format) throws IOException {
        AggregatedGraph graph = new GraphAggregator().aggregate(seed(), PersonGrouping.ROLLED_UP);
        ImageOptions options = ImageOptions.defaults("Seed");
        Drawing drawing = exporter.drawing(graph, options, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(graph, drawing, options, format, 72, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void graphMlReadsBackWithTheSameCountsAndCarriesColoursAndEvidence() throws Exception {
        String graphMl = export(ExportFormat.GRAPHML);
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(null, DefaultEdge::new, false);
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        // The plain GraphML schema allows neither yEd's yfiles.type nor elements inside <data>, so
        // files from yEd itself fail validation too; the graph is read as Gephi and Cytoscape read it.
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.importGraph(graph, new StringReader(graphMl));
        assertEquals(SEED_VERTICES, graph.vertexSet().size());
        assertEquals(SEED_EDGES, graph.edgeSet().size());

        Document document = xml(graphMl);
        List<String> keys = new ArrayList<>();
        NodeList keyNodes = document.getElementsByTagName("key");
        for (int i = 0; i < keyNodes.getLength(); i++) {
            keys.add(((Element) keyNodes.item(i)).getAttribute("attr.name"));
        }
        assertTrue(keys.containsAll(List.of("label", "r", "g", "b", "color", "type", "status", "evidence_count",
                "evidence", "weight")), keys.toString());
        assertTrue(graphMl.contains("Russia invaded Ukraine on February 24, 2022"), "evidence text");
        assertTrue(graphMl.contains("#D62728"), "military aggression colour");
    }

    private static final String YED = "http://www.yworks.com/xml/graphml";

    private static Element only(Element parent, String namespace, String name) {
        NodeList found = parent.getElementsByTagNameNS(namespace, name);
        assertEquals(1, found.getLength(), name + " in " + parent.getAttribute("id"));
        return (Element) found.item(0);
    }

    private static String keyId(Document document, String yfilesType) {
        NodeList keys = document.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            if (key.getAttribute("yfiles.type").equals(yfilesType)) {
                return key.getAttribute("id");
            }
        }
        throw new AssertionError("no " + yfilesType + " key");
    }

    @Test
    void graphMlCarriesYedGraphicsForEveryNodeAndEdge() throws Exception {
        AggregatedGraph graph = new GraphAggregator().aggregate(seed(), PersonGrouping.ROLLED_UP);
        ImageOptions options = ImageOptions.defaults("Seed");
        Drawing drawing = exporter.drawing(graph, options, 1);
        GraphData data = new GraphData(graph, drawing, options.theme());
        String graphMl = export(ExportFormat.GRAPHML);
        Document document = xml(graphMl);
        assertEquals(YED, document.getDocumentElement().getAttribute("xmlns:y"));
        String nodeKey = keyId(document, "nodegraphics");
        String edgeKey = keyId(document, "edgegraphics");
        assertNotEquals(nodeKey, edgeKey);
        Set<String> keyIds = new HashSet<>();
        NodeList keys = document.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            assertTrue(keyIds.add(((Element) keys.item(i)).getAttribute("id")), "key ids are unique");
        }

        NodeList nodes = document.getElementsByTagName("node");
        assertEquals(SEED_VERTICES, nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            Element shape = only(node, YED, "ShapeNode");
            assertEquals(nodeKey, ((Element) shape.getParentNode()).getAttribute("key"));
            Actor actor = graph.corpus().requireActor(node.getAttribute("id"));
            assertEquals(data.vertexColor().toHex(), only(shape, YED, "Fill").getAttribute("color"));
            assertEquals(actor.name(), only(shape, YED, "NodeLabel").getTextContent());
            assertEquals("ellipse", only(shape, YED, "Shape").getAttribute("type"));
            Element geometry = only(shape, YED, "Geometry");
            double width = Double.parseDouble(geometry.getAttribute("width"));
            assertEquals(2 * data.size(actor), width, 0.02);
            assertEquals(data.position(actor).x(), Double.parseDouble(geometry.getAttribute("x")) + width / 2, 0.02);
            assertEquals(data.position(actor).y(), Double.parseDouble(geometry.getAttribute("y")) + width / 2, 0.02);
        }

        Map<String, String> typeColors = new HashMap<>();
        seed().relationTypes().forEach(t -> typeColors.put(t.id(), t.color().toUpperCase(Locale.ROOT)));
        assertEquals("#E8710A", typeColors.get("arms_supply"));
        Map<String, String> lineTypes = new HashMap<>();
        NodeList edges = document.getElementsByTagName("edge");
        assertEquals(SEED_EDGES, edges.getLength());
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            Element line = only(edge, YED, "PolyLineEdge");
            assertEquals(edgeKey, ((Element) line.getParentNode()).getAttribute("key"));
            String type = dataValue(edge, keyOf(document, "type", "edge"));
            Element style = only(line, YED, "LineStyle");
            String certainty = dataValue(edge, keyOf(document, "certainty", "edge"));
            // Denied claims are drawn in their type's colour faded, as in the figure and the other formats.
            String expected = certainty.equals("denied")
                    ? EdgeStyles.color(Rgb.hex(typeColors.get(type)), Certainty.DENIED, options.theme()).toHex()
                    : typeColors.get(type);
            assertEquals(expected, style.getAttribute("color"), edge.getAttribute("id"));
            assertEquals("standard", only(line, YED, "Arrows").getAttribute("target"));
            lineTypes.put(edge.getAttribute("source") + "|" + type + "|" + edge.getAttribute("target"),
                    style.getAttribute("type"));
        }
        assertEquals("dashed", lineTypes.get("PRK|arms_supply|RUS"), "all its claims are proposed or planned");
        assertEquals("line", lineTypes.get("RUS|military_aggression|UKR"));
        assertTrue(lineTypes.containsValue("dotted"), "speculative claims");
        assertTrue(lineTypes.containsValue("dashed_dotted"), "denied claims");
        assertEquals("7.0", ((Element) findEdge(document, "PRK_arms_supply_RUS")
                .getElementsByTagNameNS(YED, "LineStyle").item(0)).getAttribute("width"));

        assertEquals(graphMl, export(ExportFormat.GRAPHML), "the same input gives the same bytes");
    }

    private static String dataValue(Element owner, String key) {
        NodeList values = owner.getElementsByTagName("data");
        for (int i = 0; i < values.getLength(); i++) {
            Element value = (Element) values.item(i);
            if (value.getAttribute("key").equals(key)) {
                return value.getTextContent();
            }
        }
        throw new AssertionError("no data " + key + " in " + owner.getAttribute("id"));
    }

    private static String keyOf(Document document, String name, String forWhat) {
        NodeList keys = document.getElementsByTagName("key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            if (key.getAttribute("attr.name").equals(name)
                    && (key.getAttribute("for").equals(forWhat) || key.getAttribute("for").equals("all"))) {
                return key.getAttribute("id");
            }
        }
        throw new AssertionError("no key " + name);
    }

    private static Element findEdge(Document document, String id) {
        NodeList edges = document.getElementsByTagName("edge");
        for (int i = 0; i < edges.getLength(); i++) {
            if (((Element) edges.item(i)).getAttribute("id").equals(id)) {
                return (Element) edges.item(i);
            }
        }
        throw new AssertionError("no edge " + id);
    }

    @Test
    void lineTypesFollowCertaintyAsInYed() {
        assertEquals("line", GraphMlExporter.lineType(Certainty.REPORTED));
        assertEquals("dashed", GraphMlExporter.lineType(Certainty.INTENDED));
        assertEquals("dotted", GraphMlExporter.lineType(Certainty.SPECULATIVE));
        assertEquals("dashed_dotted", GraphMlExporter.lineType(Certainty.DENIED));
    }

    @Test
    void gexfIs13WithVizColoursPositionsAndSizes() throws Exception {
        Document document = xml(export(ExportFormat.GEXF));
        Element root = document.getDocumentElement();
        assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        NodeList nodes = document.getElementsByTagNameNS("http://gexf.net/1.3", "node");
        NodeList edges = document.getElementsByTagNameNS("http://gexf.net/1.3", "edge");
        assertEquals(SEED_VERTICES, nodes.getLength());
        assertEquals(SEED_EDGES, edges.getLength());
        String viz = "http://gexf.net/1.3/viz";
        assertEquals(SEED_VERTICES + SEED_EDGES, document.getElementsByTagNameNS(viz, "color").getLength());
        assertEquals(SEED_VERTICES, document.getElementsByTagNameNS(viz, "position").getLength());
        assertEquals(SEED_VERTICES, document.getElementsByTagNameNS(viz, "size").getLength());
        assertEquals(SEED_EDGES, document.getElementsByTagNameNS(viz, "thickness").getLength());
        Element invasion = null;
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            if (edge.getAttribute("id").equals("RUS|military_aggression|UKR")) {
                invasion = edge;
            }
        }
        assertTrue(invasion != null);
        Element color = (Element) invasion.getElementsByTagNameNS(viz, "color").item(0);
        assertEquals("214", color.getAttribute("r")); // #D62728
        assertEquals("39", color.getAttribute("g"));
        assertEquals("40", color.getAttribute("b"));
        assertEquals("solid", ((Element) invasion.getElementsByTagNameNS(viz, "shape").item(0)).getAttribute("value"));
    }

    @Test
    void dotReadsBackAndCarriesGraphvizStyles() {
        String dot = export0(ExportFormat.DOT);
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(null, DefaultEdge::new, false);
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(graph, new StringReader(dot));
        assertEquals(SEED_VERTICES, graph.vertexSet().size());
        assertEquals(SEED_EDGES, graph.edgeSet().size());
        assertTrue(dot.contains("\"RUS\" -> \"UKR\" [ label=\"Military aggression (2)\" color=\"#D62728\""), dot);
        assertTrue(dot.contains("style=\"dashed\""));
        assertTrue(dot.contains("style=\"dotted\""));
        assertTrue(dot.contains("penwidth=\"7.0\""), "arms supply North Korea → Russia: six sentences");
    }

    private String export0(ExportFormat format) {
        try {
            return export(format);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void csvHasOneRowPerClaimWithTheExactColumns() throws IOException {
        String csv = export(ExportFormat.CSV);
        List<List<String>> rows = parseCsv(csv);
        assertEquals(List.of("relation_id", "source_id", "source", "target_id", "target", "type_id", "type", "status",
                "article_id", "date", "attribution", "evidence"), rows.get(0));
        assertEquals(SEED_CLAIMS + 1, rows.size());
        assertTrue(csv.endsWith("\r\n"), "RFC 4180 line ends");
        List<String> r14 = rows.stream().filter(r -> r.get(0).equals("r14")).findFirst().orElseThrow();
        assertEquals(List.of("r14", "USA", "United States", "RUS", "Russia", "warning", "Warning", "reported", "a1",
                "2022-09", "The New York Times"), r14.subList(0, 11));
        assertEquals("The United States had first mentioned the possibility of Russia-North Korea parternship over "
                + "Ukraine a year ago … The United States first warned about cooperation between North Korea and "
                + "Russia a year ago", r14.get(11));
        List<String> r38 = rows.stream().filter(r -> r.get(0).equals("r38")).findFirst().orElseThrow();
        assertEquals("speculative (negated)", r38.get(7));
        assertEquals("Xi Jinping", r38.get(2), "claims keep their annotated actors");
    }

    @Test
    void jsonHasNodesAndEdgesWithEvidence() throws IOException {
        JsonObject root = JsonParser.parseString(export(ExportFormat.JSON)).getAsJsonObject();
        assertEquals(SEED_VERTICES, root.getAsJsonArray("nodes").size());
        assertEquals(SEED_EDGES, root.getAsJsonArray("edges").size());
        JsonObject arms = root.getAsJsonArray("edges").asList().stream().map(e -> e.getAsJsonObject())
                .filter(e -> e.get("id").getAsString().equals("IRN|arms_supply|RUS")).findFirst().orElseThrow();
        assertEquals("arms_supply", arms.get("type").getAsString());
        assertEquals("reported", arms.getAsJsonArray("statuses").get(0).getAsString());
        assertEquals(2, arms.get("evidenceCount").getAsInt());
        assertEquals("Russia has already been using drones made in Iran against Ukraine",
                arms.getAsJsonArray("evidence").get(1).getAsJsonObject().get("text").getAsString());
    }

    @Test
    void dataFormatsAreTheSameForTheSameInput() throws IOException {
        for (ExportFormat format : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.DOT, ExportFormat.CSV,
                ExportFormat.JSON)) {
            assertEquals(export(format), export(format), format.cliName());
        }
    }

    /** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
