package org.actorgraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.actorgraph.model.Certainty;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Focus;
import org.actorgraph.model.FocusDirection;
import org.actorgraph.model.OverviewSetting;
import org.actorgraph.model.Point;
import org.actorgraph.model.SavedView;
import org.actorgraph.model.Status;
import org.actorgraph.model.Story;
import org.actorgraph.model.StoryStep;
import org.actorgraph.model.ViewportState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ViewFileTest {

    @TempDir
    Path dir;

    private final ViewFileReader reader = new ViewFileReader();
    private final ViewFileWriter writer = new ViewFileWriter();

    private static final FilterCriteria EVERY_CRITERION = new FilterCriteria(Set.of("warning", "arms_supply"),
            Set.of(Certainty.DENIED, Certainty.SPECULATIVE), Set.of(Status.PROPOSED), Set.of("CHN"), true,
            Set.of("a1"), Set.of("Reuters", ""), Set.of("", "officials"), Set.of("PRK"),
            LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30), false, 2,
            new Focus("kim_jong_un", 2, FocusDirection.OUTGOING));

    private static SavedView fullView() {
        return new SavedView("seed.actorgraph.json", true, EVERY_CRITERION,
                Map.of("PRK", new Point(120.5, -40), "RUS", new Point(0.1, 1e6)), Set.of("PRK"),
                new ViewportState(1.2, 300, 250.25), null, "PRK|arms_supply|RUS");
    }

    private ViewReadResult readText(String json) throws IOException {
        Path file = dir.resolve("view.actorgraph-view.json");
        Files.writeString(file, json);
        return reader.read(file);
    }

    private static String header() {
        return "\"format\": \"actorgraph-view\", \"version\": 1";
    }

    @Test
    void aViewWithEveryFieldSurvivesTheRoundTrip() throws IOException {
        Path file = dir.resolve("full.json");
        writer.write(fullView(), file);
        ViewReadResult result = reader.read(file);
        assertEquals(List.of(), result.problems(), result.report());
        assertEquals(fullView(), result.view().orElseThrow());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void theDefaultsAreLeftOutAndReadBackAsDefaults() throws IOException {
        SavedView plain = new SavedView("c.actorgraph.json", false, FilterCriteria.NONE, Map.of(), Set.of(), null,
                "PRK", null);
        String json = writer.toJson(plain);
        assertFalse(json.contains("filters"), json);
        assertFalse(json.contains("viewport"), json);
        assertTrue(json.contains("\"selection\": {\"actor\": \"PRK\"}"), json);
        assertEquals(plain, readText(json).view().orElseThrow());
        SavedView minimal = readText("{" + header() + "}").view().orElseThrow();
        assertEquals(FilterCriteria.NONE, minimal.criteria());
        assertEquals(null, minimal.corpusFile());
        assertFalse(minimal.peopleSeparately());
        assertEquals(null, minimal.overview(), "a file without an overview does not say which one");
        assertFalse(json.contains("overview"), json);
    }

    private static final OverviewSetting COMMUNITIES_TWO_EXPANDED = new OverviewSetting(
            OverviewSetting.Mode.COMMUNITIES, 30, OverviewSetting.Centrality.BETWEENNESS, Set.of("RUS", "PRK"));

    @Test
    void anOverviewSurvivesTheRoundTrip() throws IOException {
        SavedView view = fullView().withOverview(COMMUNITIES_TWO_EXPANDED);
        Path file = dir.resolve("overview.json");
        writer.write(view, file);

        ViewReadResult result = reader.read(file);

        assertEquals(List.of(), result.problems(), result.report());
        assertEquals(view, result.view().orElseThrow());
        String json = writer.toJson(view);
        assertTrue(json.contains("\"overview\": {\"mode\": \"communities\", \"k\": 30, \"metric\": \"betweenness\", "
                + "\"expanded\": [\"PRK\", \"RUS\"]}"), json);
        SavedView topK = fullView().withOverview(new OverviewSetting(OverviewSetting.Mode.TOP_K, 7,
                OverviewSetting.Centrality.IN_DEGREE, Set.of()));
        String topKJson = writer.toJson(topK);
        assertTrue(topKJson.contains("\"overview\": {\"mode\": \"top-k\", \"k\": 7, \"metric\": \"in-degree\"}"),
                topKJson);
        assertEquals(topK, reader.read(topKJson, "v").view().orElseThrow());
    }

    @Test
    void anOverviewNeedsOnlyItsMode() throws IOException {
        ViewReadResult result = readText("{" + header() + ", \"overview\": {\"mode\": \"all\"}}");

        assertEquals(List.of(), result.problems(), result.report());
        assertEquals(new OverviewSetting(OverviewSetting.Mode.ALL, 25, OverviewSetting.Centrality.DEGREE, Set.of()),
                result.view().orElseThrow().overview());
    }

    @Test
    void aBadOverviewIsReportedWithFileAndJsonPaths() throws IOException {
        ViewReadResult result = readText("{" + header() + """
                , "pinned": ["PRK"],
                  "overview": {"mode": "clusters", "k": 0, "metric": "fame", "expanded": ["RUS", 3, "", "group:community:PRK"]}}
                """);

        assertFalse(result.isValid());
        String report = result.report();
        String file = "view.actorgraph-view.json: ";
        assertTrue(report.contains(file + "$.overview.mode: unknown overview \"clusters\": expected one of "
                + "\"all\", \"top-k\", \"communities\""), report);
        assertTrue(report.contains(file + "$.overview.k: k 0 is too small: expected an integer >= 1"), report);
        assertTrue(report.contains(file + "$.overview.metric: unknown centrality \"fame\": expected one of "
                + "\"degree\", \"in-degree\", \"out-degree\", \"betweenness\", \"pagerank\""), report);
        assertTrue(report.contains(file + "$.overview.expanded[1]: expected a string"), report);
        assertTrue(report.contains(file + "$.overview.expanded[2]: expected an actor id, found an empty string"),
                report);
        assertTrue(report.contains(file + "$.overview.expanded[3]: expected the id of the actor a community is named "
                + "after, found the group id \"group:community:PRK\""), report);
        assertEquals(6, result.problems().size(), report);

        ViewReadResult words = readText("{" + header() + ", \"overview\": {\"k\": \"ten\", \"expanded\": \"RUS\"}}");
        assertFalse(words.isValid());
        assertTrue(words.report().contains("$.overview: missing required field \"mode\""), words.report());
        assertTrue(words.report().contains("$.overview.k: expected an integer >= 1"), words.report());
        assertTrue(words.report().contains("$.overview.expanded: expected an array of actor ids"), words.report());
        ViewReadResult notAnObject = readText("{" + header() + ", \"overview\": \"top-k\"}");
        assertTrue(notAnObject.report().contains("$.overview: expected an overview object {mode, ...}"),
                notAnObject.report());
    }

    @Test
    void theWrittenFileIsStableAndReadable() {
        String json = writer.toJson(fullView());
        assertEquals(json, writer.toJson(fullView()), "same view, same bytes");
        assertTrue(json.startsWith("{\n  \"format\": \"actorgraph-view\",\n  \"version\": 1,\n"), json);
        assertTrue(json.contains("\"hiddenCertainties\": [\"speculative\", \"denied\"]"), json);
        assertTrue(json.contains("\"hiddenTypeIds\": [\"arms_supply\", \"warning\"]"), json);
        assertTrue(json.contains("\"PRK\": [120.5, -40.0]"), json);
        assertTrue(json.contains("\"focus\": {\"actorId\": \"kim_jong_un\", \"depth\": 2, \"direction\": \"outgoing\"}"),
                json);
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws IOException {
        ViewReadResult result = readText("{\n  \"format\": \"actorgraph-view\",\n  \"version\": 1,\n}");
        assertFalse(result.isValid());
        assertEquals(1, result.problems().size());
        assertTrue(result.problems().get(0).location().matches("4:\\d+"), result.report());
    }

    @Test
    void invalidContentIsReportedWithJsonPaths() throws IOException {
        ViewReadResult result = readText("{" + header() + """
                , "filters": {"hiddenStatuses": ["reported", "sure"], "hiddenCertainties": ["maybe"],
                  "from": "2023-10", "to": "2023-09", "minEvidence": 0,
                  "focus": {"actorId": "PRK", "depth": 4, "direction": "sideways"}},
                 "positions": {"PRK": [1], "RUS": [1, "two"]},
                 "viewport": {"scale": 0, "centreX": 1, "centreY": 2},
                 "selection": {"actor": "PRK", "relation": "PRK|x|RUS"}}
                """);
        assertFalse(result.isValid());
        String report = result.report();
        assertTrue(report.contains("$.filters.hiddenStatuses[1]: unknown status \"sure\""), report);
        assertTrue(report.contains("$.filters.hiddenCertainties[0]: unknown certainty \"maybe\": expected one of "
                + "\"reported\", \"intended\", \"speculative\", \"denied\""), report);
        assertTrue(report.contains("$.filters.to: the period ends (2023-09-30) before it starts (2023-10-01)"), report);
        assertTrue(report.contains("$.filters.minEvidence: minimum evidence 0 is too small"), report);
        assertTrue(report.contains("$.filters.focus.depth: depth 4 is out of range"), report);
        assertTrue(report.contains("$.filters.focus.direction: unknown direction \"sideways\""), report);
        assertTrue(report.contains("$.positions.PRK: expected a position [x, y] of two numbers, found an array of 1"),
                report);
        assertTrue(report.contains("$.positions.RUS[1]: expected a number"), report);
        assertTrue(report.contains("$.viewport.scale: zoom factor 0.0 is not positive"), report);
        assertTrue(report.contains("$.selection: a selection is an actor or a relation, not both"), report);
        assertEquals(10, result.problems().size(), report);
    }

    @Test
    void otherFilesAndNewerVersionsAreRefusedAtOnce() throws IOException {
        ViewReadResult corpus = readText("{\"format\": \"actorgraph-corpus\", \"version\": 1, \"actors\": []}");
        assertEquals(1, corpus.problems().size(), corpus.report());
        assertTrue(corpus.report().contains("$.format: expected \"actorgraph-view\", found \"actorgraph-corpus\": "
                + "this is a corpus, not a view"), corpus.report());
        ViewReadResult newer = readText("{\"format\": \"actorgraph-view\", \"version\": 2}");
        assertTrue(newer.report().contains("$.version: the file has format version 2"), newer.report());
        ViewReadResult array = readText("[]");
        assertTrue(array.report().contains("$: expected a JSON object"), array.report());
        ViewReadResult missing = reader.read(dir.resolve("missing.json"));
        assertFalse(missing.isValid());
        assertTrue(missing.report().startsWith("missing.json: file not found"), missing.report());
    }

    @Test
    void unknownFieldsAreWarningsAndTheViewStillLoads() throws IOException {
        ViewReadResult result = readText("{" + header() + ", \"pinnned\": [\"PRK\"], \"filters\": {\"hideIsolatd\": true}}");
        assertTrue(result.isValid(), result.report());
        assertEquals(2, result.problems().size());
        assertTrue(result.report().contains("$.pinnned: warning: unknown field \"pinnned\" is ignored (did you mean \"pinned\"?"),
                result.report());
        assertTrue(result.report().contains("$.filters.hideIsolatd: warning"), result.report());
    }

    @Test
    void idsAreCheckedAgainstACorpusOnRequest() {
        Corpus seed = new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus();
        SavedView view = new SavedView("seed.actorgraph.json", false,
                FilterCriteria.NONE.withHiddenTypeIds(Set.of("arms_supply", "teleport"))
                        .withOnlyArticleIds(Set.of("nowhere")).withFocus(new Focus("XYZ", 1, FocusDirection.BOTH)),
                Map.of("PRK", new Point(1, 2), "ATL", new Point(3, 4)), Set.of("PRK"), null, null, "PRK|hug|RUS");
        assertEquals(List.of("actor ATL", "actor XYZ", "relation type hug", "relation type teleport", "article nowhere"),
                reader.unknownIds(view, seed));
        assertEquals(List.of(), reader.unknownIds(fullView(), seed));
        SavedView expanding = fullView().withOverview(new OverviewSetting(OverviewSetting.Mode.COMMUNITIES, 25,
                OverviewSetting.Centrality.DEGREE, Set.of("RUS", "LILLIPUT")));
        assertEquals(List.of("actor LILLIPUT"), reader.unknownIds(expanding, seed));
    }

    private static SavedView storyView() {
        Story story = new Story("Arms for the war", List.of(
                new StoryStep(List.of("r01"), "Kim Jong-Un → Russia: visit", "The opening sentence"),
                new StoryStep(List.of("r29", "r30", "r31", "r32"), "", ""),
                new StoryStep(List.of(), "The end", "")));
        return new SavedView("seed.actorgraph.json", false, FilterCriteria.NONE, Map.of(), Set.of(), null, null, null,
                story);
    }

    @Test
    void aStorySurvivesTheRoundTripInItsOwnOrder() throws IOException {
        Path file = dir.resolve("story.json");
        writer.write(storyView(), file);
        ViewReadResult result = reader.read(file);
        assertEquals(List.of(), result.problems(), result.report());
        assertEquals(storyView(), result.view().orElseThrow());
        String json = writer.toJson(storyView());
        assertTrue(json.contains("\"relations\": [\"r29\", \"r30\", \"r31\", \"r32\"]"), json);
        assertTrue(json.contains("\"title\": \"Arms for the war\""), json);
        assertFalse(writer.toJson(fullView()).contains("story"), "no story, no field");
        assertEquals(null, reader.read(writer.toJson(fullView()), "v").view().orElseThrow().story());
    }

    @Test
    void aStoryIsValidatedAndItsClaimsCheckedAgainstTheCorpus() throws IOException {
        ViewReadResult bad = readText("{" + header() + """
                , "story": {"title": 3, "steps": [{"relations": ["r01", 2, ""], "titel": "x"}, {"title": "no claims"}, 7]}}
                """);
        assertFalse(bad.isValid());
        String report = bad.report();
        assertTrue(report.contains("$.story.title: expected a string"), report);
        assertTrue(report.contains("$.story.steps[0].relations[1]: expected a string"), report);
        assertTrue(report.contains("$.story.steps[0].relations[2]: expected a relation id, found an empty string"),
                report);
        assertTrue(report.contains("$.story.steps[0].titel: warning: unknown field"), report);
        assertTrue(report.contains("$.story.steps[1]: missing required field \"relations\""), report);
        assertTrue(report.contains("$.story.steps[2]: expected a step object"), report);
        ViewReadResult noSteps = readText("{" + header() + ", \"story\": {\"title\": \"t\"}}");
        assertTrue(noSteps.report().contains("$.story: missing required field \"steps\""), noSteps.report());

        Corpus seed = new CorpusReader().readResource("org/actorgraph/corpora/seed.actorgraph.json").requireCorpus();
        assertEquals(List.of(), reader.unknownIds(storyView(), seed));
        SavedView unknown = storyView().withStory(new Story("", List.of(new StoryStep(List.of("r99", "r01", "r40"),
                "", ""))));
        assertEquals(List.of("relation r40", "relation r99"), reader.unknownIds(unknown, seed));
    }

    @Test
    void viewsThatCannotBeWrittenAreRefusedBeforeWriting() {
        SavedView both = new SavedView("c", false, null, null, null, null, "PRK", "PRK|t|RUS");
        assertThrows(IllegalArgumentException.class, () -> writer.write(both, dir.resolve("v.json")));
        SavedView nan = new SavedView("c", false, null, Map.of("PRK", new Point(Double.NaN, 0)), null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> writer.write(nan, dir.resolve("v.json")));
        assertFalse(Files.exists(dir.resolve("v.json")));
    }
}
