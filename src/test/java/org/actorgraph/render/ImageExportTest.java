package org.actorgraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.analysis.GraphFilter;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Point;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** What a report writer sees in the exported pictures. */
class ImageExportTest {

    static final List<String> SEED_STATES = List.of("North Korea", "Russia", "Iran", "United States", "China",
            "Ukraine", "The West");

    private final Exporter exporter = new Exporter();

    static Corpus seed() {
        return new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus();
    }

    /** Three actors named in Cyrillic and Hangul. */
    static Corpus scripts() {
        return new CorpusReader().readResource("org/actorgraph/render/scripts.actorgraph.json").requireCorpus();
    }

    private static AggregatedGraph graph(Corpus corpus, PersonGrouping grouping) {
        return new GraphAggregator().aggregate(corpus, grouping);
    }

    private byte[] export(AggregatedGraph graph, ImageOptions options, ExportFormat format, int dpi) throws IOException {
        Drawing drawing = exporter.drawing(graph, options, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(graph, drawing, options, format, dpi, out);
        return out.toByteArray();
    }

    private static ImageOptions options(String title) {
        return ImageOptions.defaults(title);
    }

    @Test
    void pngHasTheSizeOfTheDpiAndRecordsTheDpi() throws IOException {
        byte[] png = export(graph(seed(), PersonGrouping.ROLLED_UP), options("Seed"), ExportFormat.PNG, 150);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(Math.round(1000 * 150 / 72.0), reader.getWidth(0));
            assertEquals(Math.round(700 * 150 / 72.0), reader.getHeight(0));
            IIOMetadata metadata = reader.getImageMetadata(0);
            org.w3c.dom.Element root = (org.w3c.dom.Element) metadata.getAsTree("javax_imageio_png_1.0");
            org.w3c.dom.Element phys = (org.w3c.dom.Element) root.getElementsByTagName("pHYs").item(0);
            assertEquals("meter", phys.getAttribute("unitSpecifier"));
            // 150 dots per inch = 5906 dots per metre
            assertEquals(5906, Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis")));
            assertEquals(5906, Integer.parseInt(phys.getAttribute("pixelsPerUnitYAxis")));
        }
    }

    @Test
    void transparentPngLeavesTheBackgroundClear() throws IOException {
        ImageOptions transparent = new ImageOptions(400, 300, Theme.LIGHT, null, false, false, true, null);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                export(graph(seed(), PersonGrouping.ROLLED_UP), transparent, ExportFormat.PNG, 72)));
        assertEquals(0, image.getRGB(0, 0) >>> 24, "corner pixel is fully transparent");
        BufferedImage opaque = ImageIO.read(new ByteArrayInputStream(export(graph(seed(), PersonGrouping.ROLLED_UP),
                new ImageOptions(400, 300, Theme.LIGHT, null, false, false, false, null), ExportFormat.PNG, 72)));
        assertEquals(0xFFFFFFFF, opaque.getRGB(0, 0), "white background");
    }

    @Test
    void aPngCanBeMoreThan8000PixelsWide() {
        AggregatedGraph graph = graph(seed(), PersonGrouping.ROLLED_UP);
        Drawing drawing = exporter.drawing(graph, options("Seed"), 1);
        BufferedImage image = new PngWriter(FontSet.bundled()).render(drawing, 600);
        assertTrue(image.getWidth() >= 8000, "width " + image.getWidth());
    }

    @Test
    void svgIsXmlWithTheActorNamesTitleLegendAndCaptionAsText() throws Exception {
        byte[] svg = export(graph(seed(), PersonGrouping.ROLLED_UP), options("Arms talks"), ExportFormat.SVG, 72);
        List<String> texts = svgTexts(svg);
        assertTrue(texts.containsAll(SEED_STATES), texts.toString());
        assertTrue(texts.contains("Arms talks"));
        assertTrue(texts.contains("Arms supply"), "legend lists a type shown");
        assertTrue(texts.contains("Planned / expected / proposed"), "legend lists a certainty group shown");
        assertTrue(texts.stream().anyMatch(t -> t.contains("Kim Jong-Un to travel to Russia")), "caption cites the article");
    }

    @Test
    void theLegendListsOnlyWhatIsShown() throws Exception {
        Corpus seed = seed();
        Set<String> otherTypes = seed.relationTypes().stream().map(t -> t.id())
                .filter(id -> !id.equals("arms_supply")).collect(java.util.stream.Collectors.toSet());
        AggregatedGraph armsOnly = new GraphFilter().apply(seed, PersonGrouping.ROLLED_UP,
                FilterCriteria.NONE.withHiddenTypeIds(otherTypes).withHideIsolated(true));
        List<String> texts = svgTexts(export(armsOnly, options(null), ExportFormat.SVG, 72));
        assertTrue(texts.contains("Arms supply"));
        assertFalse(texts.contains("Warning"), texts.toString());
        assertFalse(texts.contains("Speculative / alleged"), "no speculative arms supply claim in the seed");
        assertFalse(texts.contains("Kim Jong-Un"), "people are rolled up");
    }

    @Test
    void cyrillicAndHangulNamesAreTextInSvgAndPdf() throws Exception {
        AggregatedGraph graph = graph(scripts(), PersonGrouping.SEPARATE);
        List<String> svgTexts = svgTexts(export(graph, options(null), ExportFormat.SVG, 72));
        assertTrue(svgTexts.containsAll(List.of("Россия", "북한", "김정은")), svgTexts.toString());
        String pdfText = pdfText(export(graph, options(null), ExportFormat.PDF, 72));
        for (String name : List.of("Россия", "북한", "김정은", "Соглашение", "방문")) {
            assertTrue(pdfText.contains(name), name + " in " + pdfText);
        }
    }

    @Test
    void pdfHasSelectableTextInEmbeddedFonts() throws IOException {
        byte[] pdf = export(graph(seed(), PersonGrouping.ROLLED_UP), options("Arms talks"), ExportFormat.PDF, 72);
        String text = pdfText(pdf);
        for (String name : SEED_STATES) {
            assertTrue(text.contains(name), name);
        }
        assertTrue(text.contains("Arms talks"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(1000, document.getPage(0).getMediaBox().getWidth(), 0.01);
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(PDFont::isEmbedded), "all fonts embedded");
            assertTrue(resources.getXObjectNames().iterator().hasNext() == false, "no raster image in the PDF");
        }
    }

    @Test
    void svgIsTheSameForTheSameInputAndSeed() throws IOException {
        byte[] first = export(graph(seed(), PersonGrouping.ROLLED_UP), options("T"), ExportFormat.SVG, 72);
        byte[] second = export(graph(seed(), PersonGrouping.ROLLED_UP), options("T"), ExportFormat.SVG, 72);
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8));
    }

    @Test
    void parallelEdgesAreSeparateLanesAndOppositeDirectionsDoNotOverlap() {
        AggregatedGraph graph = graph(seed(), PersonGrouping.ROLLED_UP);
        Drawing drawing = exporter.drawing(graph, options(null), 1);
        // North Korea and Russia are joined by edges of many types, in both directions.
        List<Point> middles = new ArrayList<>();
        for (Drawing.Edge edge : drawing.edges()) {
            if (edge.id().matches("(PRK\\|.*\\|RUS)|(RUS\\|.*\\|PRK)")) {
                middles.add(new Point(0.25 * edge.start().x() + 0.5 * edge.control().x() + 0.25 * edge.end().x(),
                        0.25 * edge.start().y() + 0.5 * edge.control().y() + 0.25 * edge.end().y()));
            }
        }
        assertTrue(middles.size() >= 10, "seed has many PRK–RUS edges: " + middles.size());
        for (int i = 0; i < middles.size(); i++) {
            for (int j = i + 1; j < middles.size(); j++) {
                assertTrue(middles.get(i).distanceTo(middles.get(j)) > 10,
                        "edges " + i + " and " + j + " are drawn apart");
            }
        }
    }

    @Test
    void lineStyleFollowsCertaintyAndWidthFollowsEvidence() {
        AggregatedGraph graph = graph(seed(), PersonGrouping.ROLLED_UP);
        Drawing drawing = exporter.drawing(graph, options(null), 1);
        Drawing.Edge invasion = edge(drawing, "RUS|military_aggression|UKR");
        assertTrue(invasion.style().solid(), "reported: solid");
        assertEquals(Rgb.hex("#D62728"), invasion.style().color(), "type colour");
        Drawing.Edge arms = edge(drawing, "PRK|arms_supply|RUS");
        assertEquals(2, arms.style().dash().size(), "planned/proposed: dashed");
        assertEquals(EdgeStyles.MAX_WIDTH, arms.style().width(), 1e-9, "six sentences reach the cap");
        Drawing.Edge support = edge(drawing, "CHN|diplomatic_support|PRK");
        assertEquals(Certainty.DENIED, support.certainty(), "Xi's support is negated");
        assertEquals(4, support.style().dash().size(), "dash-dot");
        assertTrue(support.style().color().alpha() < 255 && !support.style().color().equals(Rgb.hex("#E0559A")),
                "faded");
        Drawing.Edge request = edge(drawing, "PRK|request_proposal|CHN");
        assertEquals(Certainty.SPECULATIVE, request.certainty());
        assertEquals(1.5, request.style().width(), 1e-9, "one sentence");
    }

    @Test
    void theLegendSitsBesideTheGraphNotOverIt() {
        Drawing drawing = exporter.drawing(graph(seed(), PersonGrouping.ROLLED_UP), options("T"), 1);
        Drawing.Legend legend = drawing.legend();
        for (Drawing.Vertex vertex : drawing.vertices()) {
            assertTrue(vertex.center().x() + vertex.radius() < legend.x(), vertex.actorId() + " left of the legend");
        }
        double captionTop = drawing.caption().get(0).baseline() - DrawingBuilder.CAPTION_SIZE;
        for (Drawing.Vertex vertex : drawing.vertices()) {
            assertTrue(vertex.label().baseline() < captionTop, vertex.actorId() + " label above the caption");
        }
    }

    private static Drawing.Edge edge(Drawing drawing, String id) {
        return drawing.edges().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(() ->
                new AssertionError("no edge " + id));
    }

    /** The contents of the SVG's text elements, runs of one line joined. */
    static List<String> svgTexts(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
