package org.actorgraph.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.settings.SettingsModel;
import org.actorgraph.ui.settings.SettingsStore;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.actorgraph.ui.theme.ThemeViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legend overlay without a story: what the whole graph draws. Expected lines come from the test
 * corpus: six of its seven types are used, and its ten claims make edges of every certainty
 * (Kim Jong-Un's planned visit counts for North Korea; an edge is as certain as its most certain claim).
 */
class PresentationViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.openSession(dialogs);

    private PresentationViewModel presentation() {
        SelectionModel selection = new SelectionModel();
        GraphViewModel graph = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
                new ForceLayout(), dialogs);
        StoryViewModel story = new StoryViewModel(session, selection, graph);
        ThemeViewModel themes = new ThemeViewModel(
                new SettingsModel(new SettingsStore(dir.resolve("settings.json")), new ImmediateTaskExecutor()));
        return new PresentationViewModel(story, themes, session, graph);
    }

    private static List<String> labels(PresentationViewModel presentation) {
        return presentation.legend().stream().map(PresentationViewModel.LegendItem::label).toList();
    }

    @Test
    void withoutAStoryTheLegendListsEveryTypeUsedByLabelThenEveryCertaintyShown() {
        PresentationViewModel presentation = presentation();

        assertEquals(List.of("Aid", "Arms supply", "Invasion", "Technology transfer", "Visit", "Warning",
                "Reported", "Planned, expected, proposed", "Speculative, alleged", "Denied"), labels(presentation));
        assertEquals("#9E9E9E", presentation.legend().get(6).colour(), "certainties are drawn grey");
    }

    @Test
    void afterAFilterTheLegendListsWhatIsLeft() {
        PresentationViewModel presentation = presentation();

        // Invasion and aid are left, one reported claim each.
        session.criteriaProperty().set(session.getCriteria().withHiddenTypeIds(
                java.util.Set.of("arms_supply", "tech_transfer", "visit", "warning")));

        assertEquals(List.of("Aid", "Invasion", "Reported"), labels(presentation));
    }
}
