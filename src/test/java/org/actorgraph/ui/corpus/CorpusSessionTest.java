package org.actorgraph.ui.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.GraphAggregator;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

class CorpusSessionTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Test
    void openingTheSeedShowsItsGraphRolledUp() {
        CorpusSession session = TestCorpora.openSession(dialogs);

        assertEquals("Test corpus: arms talks", session.getCorpus().corpus().title());
        assertEquals(PersonGrouping.ROLLED_UP, session.getGraph().grouping());
        assertEquals(5, session.getGraph().actors().size());
        assertTrue(dialogs.titles.isEmpty(), "no dialog for a clean corpus");
        assertFalse(session.busyProperty().get());
    }

    @Test
    void malformedFileListsItsProblemsAndKeepsThePreviousCorpus() {
        CorpusSession session = TestCorpora.openSession(dialogs);
        AggregatedGraph before = session.getGraph();

        session.open(CorpusSource.ofFile(TestCorpora.path(TestCorpora.MALFORMED)));

        assertSame(before, session.getGraph());
        assertEquals(1, dialogs.problemLists.size());
        assertTrue(dialogs.problemLists.get(0).get(0).location().startsWith("5:"),
                "malformed JSON is located by line:column, was " + dialogs.problemLists.get(0));
        assertTrue(dialogs.titles.get(0).contains("malformed.actorgraph.json"));
    }

    @Test
    void invalidFileListsEveryProblemAtOnce() {
        CorpusSession session = TestCorpora.openSession(dialogs);

        session.open(CorpusSource.ofFile(TestCorpora.path(TestCorpora.INVALID)));

        assertEquals(3, dialogs.problemLists.get(0).size());
        assertEquals("Test corpus: arms talks", session.getCorpus().corpus().title());
    }

    @Test
    void missingFileIsReportedWithoutLosingTheGraph() {
        CorpusSession session = TestCorpora.openSession(dialogs);

        session.open(CorpusSource.ofFile(TestCorpora.path(TestCorpora.MAIN).resolveSibling("nope.json")));

        assertEquals(5, session.getGraph().actors().size());
        assertEquals(1, dialogs.titles.size());
    }

    @Test
    void missingSeedIsReportedAsAnError() {
        CorpusSession session = new CorpusSession(new CorpusLoader(new CorpusReader(), "/no/such/seed.json"),
                new GraphAggregator(), new ImmediateTaskExecutor(), dialogs);

        session.open(CorpusSource.bundledSeed());

        assertNull(session.getGraph());
        assertTrue(dialogs.errors.get(0).contains("/no/such/seed.json"));
    }

    @Test
    void showingPeopleSeparatelyRegroupsTheSameCorpus() {
        CorpusSession session = TestCorpora.openSession(dialogs);

        session.peopleSeparatelyProperty().set(true);

        assertEquals(PersonGrouping.SEPARATE, session.getGraph().grouping());
        assertEquals(6, session.getGraph().actors().size());
        session.peopleSeparatelyProperty().set(false);
        assertEquals(5, session.getGraph().actors().size());
    }

    @Test
    void anOverviewChosenWhileALargeCorpusIsBeingReadiedIsTheOneDrawn() {
        org.actorgraph.ui.support.ManualTaskExecutor executor = new org.actorgraph.ui.support.ManualTaskExecutor();
        CorpusSession session = new CorpusSession(new CorpusLoader(new CorpusReader(), TestCorpora.MAIN),
                new GraphAggregator(), executor, dialogs);
        // About 520 actors once people roll up: on its own it would open as communities.
        session.show(org.actorgraph.bench.CorpusGenerator.generate(100, 900, 2000, 3), CorpusSource.imported("large"));

        session.actorGroupingProperty().set(org.actorgraph.analysis.GroupingSpec.topK(10, org.actorgraph.analysis.Metric.DEGREE));
        executor.runAll();

        AggregatedGraph drawn = session.getGraph();
        assertEquals(org.actorgraph.analysis.GroupingSpec.Mode.TOP_K, session.actorGroupingProperty().get().mode());
        assertEquals(11, drawn.actors().size(), "the ten most central and one group of the others");
        assertTrue(drawn.groups().stream().allMatch(g -> g.kind() == org.actorgraph.analysis.ActorGroup.Kind.OTHERS),
                drawn.groups().toString());
    }
}
