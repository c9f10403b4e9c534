package org.actorgraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.analysis.StoryBuilder;
import org.actorgraph.analysis.StoryOrder;
import org.actorgraph.analysis.StoryPlayback;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Point;
import org.actorgraph.model.Story;
import org.actorgraph.model.StoryStep;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story handout of the seed corpus (33 steps, see analysis.SeedStoryTest). */
class HandoutWriterTest {

    private static final Corpus SEED =
            new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus();
    private static final Story STORY = new StoryBuilder().build(SEED, StoryOrder.TEXT);

    @TempDir
    Path dir;

    private final HandoutWriter writer = new HandoutWriter();

    private static Story firstSteps(int n) {
        return new Story("First steps", STORY.steps().subList(0, n));
    }

    @Test
    void thePdfHasOnePagePerStepWithTheQuotesAsText() throws IOException {
        Path pdf = dir.resolve("handout.pdf");
        writer.writePdf(SEED, STORY, PersonGrouping.ROLLED_UP, null, HandoutOptions.a4(Theme.LIGHT, 1), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(33, document.getNumberOfPages());
            assertEquals(842, document.getPage(0).getMediaBox().getWidth(), 0.01);
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                assertTrue(resources.getFont(name).isEmbedded(), "fonts embedded");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document).replaceAll("\\s+", " ");
            assertTrue(first.contains("In a rare visit out of the country, North Korean leader Kim Jong-Un will travel"
                    + " to Russia this month"), first);
            assertTrue(first.contains("Step 1 of 33"), first);
            assertTrue(first.contains("Kim Jong-Un → Russia: visit"), first);
            assertTrue(first.contains("Unknown outlet · 2023-09 · according to unnamed reports"), first);
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(all.contains("Russia invaded Ukraine on February 24, 2022, and has been engaged in a war since"));
            assertTrue(all.contains("the United States and West support Ukraine with weapons, training, and intelligence"));
            assertTrue(all.contains("Step 33 of 33"));
            for (int i = 0; i < STORY.steps().size(); i++) {
                String caption = new StoryPlayback().frame(STORY, i, SEED).caption();
                assertTrue(all.contains("“" + caption + "”"), "quoted in full: " + caption);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "written atomically, nothing left behind");
        }
    }

    @Test
    void everyPagePlacesTheActorsWhereTheWholeStoryDoes() {
        List<Drawing> pages = writer.pages(SEED, STORY, PersonGrouping.ROLLED_UP, null,
                HandoutOptions.a4(Theme.LIGHT, 1));
        assertEquals(33, pages.size());
        Map<String, Point> last = new java.util.HashMap<>();
        pages.get(32).vertices().forEach(v -> last.put(v.actorId(), v.center()));
        for (Drawing page : pages) {
            for (Drawing.Vertex vertex : page.vertices()) {
                Point at = last.get(vertex.actorId());
                assertEquals(at.x(), vertex.center().x(), 1e-6, vertex.actorId());
                assertEquals(at.y(), vertex.center().y(), 1e-6, vertex.actorId());
            }
            assertTrue(page.legend() != null);
        }
        assertEquals(2, pages.get(0).vertices().size(), "Kim's visit: North Korea and Russia");
        assertEquals(1, pages.get(0).edges().size());
        assertTrue(pages.get(32).vertices().size() > 5, "the picture grows");
    }

    @Test
    void newRelationsAreEmphasisedAndEarlierOnesDimmedInOpaqueColours() {
        List<Drawing> pages = writer.pages(SEED, firstSteps(3), PersonGrouping.ROLLED_UP, null,
                HandoutOptions.a4(Theme.LIGHT, 1));
        Drawing third = pages.get(2);
        // Step 3 (r03) adds North Korea → Russia arms supply; the visit and the meeting came before.
        Drawing.Edge arms = third.edges().stream().filter(e -> e.typeId().equals("arms_supply")).findFirst()
                .orElseThrow();
        Drawing.Edge visit = third.edges().stream().filter(e -> e.typeId().equals("visit")).findFirst().orElseThrow();
        assertEquals(third.edges().get(third.edges().size() - 1), arms, "the new edge is painted on top");
        assertEquals(Rgb.hex("#E8710A"), arms.style().color(), "full colour");
        assertTrue(arms.style().width() > visit.style().width(), "thicker");
        Rgb visitColour = Rgb.hex("#1F77B4");
        assertFalse(visitColour.equals(visit.style().color()), "dimmed");
        assertEquals(255, visit.style().color().alpha(), "dimmed by mixing, not by transparency");
        assertTrue(visit.style().color().red() > visitColour.red(), "lighter on a light background");
    }

    @Test
    void framesArePngImagesNumberedByStep() throws IOException {
        List<Path> frames = writer.writeFrames(SEED, firstSteps(3), PersonGrouping.SEPARATE, null,
                new HandoutOptions(842, 595, Theme.DARK, 1, 72), dir.resolve("frames"));
        assertEquals(List.of("step-01.png", "step-02.png", "step-03.png"),
                frames.stream().map(p -> p.getFileName().toString()).toList());
        BufferedImage image = ImageIO.read(frames.get(0).toFile());
        assertEquals(842, image.getWidth());
        assertEquals(595, image.getHeight());
    }

    @Test
    void positionsFromTheWindowAreUsedAndAStoryWithoutStepsIsRefused() {
        Map<org.actorgraph.model.Actor, Point> positions = new java.util.HashMap<>();
        List<String> ids = new ArrayList<>(List.of("PRK", "RUS", "UKR", "USA", "IRN", "CHN", "WEST"));
        for (int i = 0; i < ids.size(); i++) {
            positions.put(SEED.requireActor(ids.get(i)), new Point(100 * i, (i % 2) * 300));
        }
        List<Drawing> pages = writer.pages(SEED, firstSteps(2), PersonGrouping.ROLLED_UP, positions,
                HandoutOptions.a4(Theme.PRINT, 1));
        Point prk = pages.get(0).vertices().stream().filter(v -> v.actorId().equals("PRK")).findFirst()
                .orElseThrow().center();
        Point rus = pages.get(0).vertices().stream().filter(v -> v.actorId().equals("RUS")).findFirst()
                .orElseThrow().center();
        assertTrue(prk.x() < rus.x() && prk.y() < rus.y(), "placed as given: PRK left of and above RUS");
        assertThrows(IllegalArgumentException.class, () -> writer.pages(SEED, new Story("", List.of()),
                PersonGrouping.ROLLED_UP, null, HandoutOptions.a4(Theme.LIGHT, 1)));
        assertEquals(1, writer.pages(SEED, new Story("", List.of(new StoryStep(List.of(), "Title only", ""))),
                PersonGrouping.ROLLED_UP, null, HandoutOptions.a4(Theme.LIGHT, 1)).size());
    }
}
