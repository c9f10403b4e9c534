package org.actorgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.actorgraph.io.ViewFileWriter;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Point;
import org.actorgraph.model.SavedView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --view}: the figure of a view saved by the window. */
class ExportViewTest {

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path corpus() throws IOException {
        Path corpus = dir.resolve("seed.actorgraph.json");
        if (!Files.exists(corpus)) {
            Files.copy(Path.of(CommandLineTest.SEED), corpus);
        }
        return corpus;
    }

    private Path view(String corpusName, FilterCriteria criteria, Map<String, Point> positions) throws IOException {
        Path file = dir.resolve("figure.view.json");
        new ViewFileWriter().write(new SavedView(corpusName, false, criteria, positions, Set.of("PRK"), null, null,
                null), file);
        return file;
    }

    // The seed exported as SVG to figure.svg with a view of the seed's places and this overview,
    // written to a view file of this name.
    private Result exportWithOverview(String viewName, org.actorgraph.model.OverviewSetting overview)
            throws IOException {
        Path view = dir.resolve(viewName);
        new ViewFileWriter().write(new SavedView("seed.actorgraph.json", false, FilterCriteria.NONE, PLACES, Set.of(),
                null, null, null, null, overview), view);
        return run("export", corpus().toString(), "--format", "svg", "--out", dir.resolve("figure.svg").toString(),
                "--view", view.toString());
    }

    private static final Map<String, Point> PLACES = Map.of(
            "PRK", new Point(100, 100), "RUS", new Point(500, 100), "IRN", new Point(300, 250),
            "USA", new Point(100, 400));

    private String exportSvg(String... extra) throws IOException {
        Path out = dir.resolve("figure.svg");
        List<String> args = new java.util.ArrayList<>(List.of("export", corpus().toString(), "--format", "svg",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        Result result = run(args.toArray(String[]::new));
        assertEquals(0, result.code(), result.err());
        return Files.readString(out);
    }

    /** Vertex centres by label: vertices are painted in order, then their names in the same order. */
    private static Map<String, double[]> centres(String svg) {
        List<double[]> circles = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("<ellipse cx='([-0-9.]+)' cy='([-0-9.]+)'[^>]*style='fill:rgb").matcher(svg);
        while (m.find()) {
            circles.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        Matcher t = Pattern.compile("<text [^>]*>([^<]+)</text>").matcher(svg);
        Map<String, double[]> centres = new HashMap<>();
        for (int i = 0; i < circles.size() && t.find(); i++) {
            centres.put(t.group(1), circles.get(i));
        }
        return centres;
    }

    @Test
    void theViewsPositionsAreWhereTheActorsAreDrawn() throws IOException {
        String plain = exportSvg();
        Path view = view("seed.actorgraph.json", FilterCriteria.NONE, PLACES);
        String withView = exportSvg("--view", view.toString());

        assertFalse(plain.equals(withView), "the view changes the picture");
        Map<String, double[]> c = centres(withView);
        double[] prk = c.get("North Korea");
        double[] rus = c.get("Russia");
        double[] irn = c.get("Iran");
        double[] usa = c.get("United States");
        double unit = (rus[0] - prk[0]) / 400; // the view's distance PRK → RUS is 400
        assertTrue(unit > 0, "Russia right of North Korea");
        assertEquals(prk[1], rus[1], 0.02, "same height, as in the view");
        assertEquals(200 * unit, irn[0] - prk[0], 0.05);
        assertEquals(150 * unit, irn[1] - prk[1], 0.05);
        assertEquals(0, usa[0] - prk[0], 0.02);
        assertEquals(300 * unit, usa[1] - prk[1], 0.05);
    }

    @Test
    void theViewsOverviewIsDrawnAsTheWindowDrawsIt() throws IOException {
        // The seed draws 7 actors with people rolled up (4 of its 11 actors are people); the top 3
        // by degree stay, the other 4 become one group.
        Result result = exportWithOverview("top3.view.json", new org.actorgraph.model.OverviewSetting(
                org.actorgraph.model.OverviewSetting.Mode.TOP_K, 3,
                org.actorgraph.model.OverviewSetting.Centrality.DEGREE, Set.of()));
        String svg = Files.readString(dir.resolve("figure.svg"));

        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("(svg: 4 actors,"), result.out());
        assertTrue(svg.contains("Other actors (4)"), "the group of the other actors is drawn");
        Map<String, double[]> c = centres(svg);
        assertTrue(c.containsKey("North Korea") && c.containsKey("Russia"), c.keySet().toString());
    }

    @Test
    void anExpandedCommunityNamedByAnActorThatLeadsNoneIsAWarning() throws IOException {
        // Iran's one relation is with Russia, which has 15: Iran cannot be its community's most
        // central member.
        Result result = exportWithOverview("stale.view.json", new org.actorgraph.model.OverviewSetting(
                org.actorgraph.model.OverviewSetting.Mode.COMMUNITIES, 25,
                org.actorgraph.model.OverviewSetting.Centrality.DEGREE, Set.of("IRN")));

        assertEquals(0, result.code(), result.err());
        assertTrue(result.err().contains("warning: stale.view.json: $.overview.expanded: Iran (IRN) does not lead a "
                + "community; it is drawn inside \u201cCommunity of "), result.err());
    }

    @Test
    void theViewsFiltersApply() throws IOException {
        String plain = exportSvg();
        assertTrue(plain.contains(">Warning<"));
        Path view = view("seed.actorgraph.json", FilterCriteria.NONE.withHiddenTypeIds(Set.of("warning")), PLACES);

        Result result = run("export", corpus().toString(), "--format", "json", "--out",
                dir.resolve("figure.json").toString(), "--view", view.toString());
        String svg = exportSvg("--view", view.toString());

        assertEquals(0, result.code(), result.err());
        assertFalse(svg.contains(">Warning<"), "no warning edge, so no warning in the legend");
        assertFalse(Files.readString(dir.resolve("figure.json")).contains("\"warning\""));
        assertEquals("", result.err(), "nothing to warn about");
    }

    @Test
    void unknownIdsAndAnotherCorpusAreWarnings() throws IOException {
        Map<String, Point> places = new HashMap<>(PLACES);
        places.put("ATLANTIS", new Point(1, 2));
        Path view = view("other.actorgraph.json", FilterCriteria.NONE, places);

        Result result = run("export", corpus().toString(), "--format", "svg", "--out",
                dir.resolve("figure.svg").toString(), "--view", view.toString());

        assertEquals(0, result.code(), result.err());
        assertTrue(result.err().contains("ATLANTIS is not in this corpus"), result.err());
        assertTrue(result.err().contains("saved for other.actorgraph.json"), result.err());
    }

    @Test
    void anInvalidViewListsItsProblemsAndWritesNothing() throws IOException {
        Path view = dir.resolve("broken.view.json");
        Files.writeString(view, "{\"format\": \"actorgraph-view\", \"version\": 1, \"positions\": {\"PRK\": [1]}}");
        Path out = dir.resolve("figure.svg");

        Result result = run("export", corpus().toString(), "--format", "svg", "--out", out.toString(),
                "--view", view.toString());

        assertEquals(CommandLine.FAILED, result.code());
        assertTrue(result.err().contains("broken.view.json"), result.err());
        assertTrue(result.err().contains("$.positions"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aViewAndFilterOptionsDoNotMix() throws IOException {
        Path view = view("seed.actorgraph.json", FilterCriteria.NONE, PLACES);
        Result result = run("export", corpus().toString(), "--format", "svg", "--out",
                dir.resolve("x.svg").toString(), "--view", view.toString(), "--type", "warning");
        assertEquals(CommandLine.USAGE, result.code());
    }
}
