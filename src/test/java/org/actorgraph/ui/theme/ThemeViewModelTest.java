package org.actorgraph.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.layout.BorderPane;
import org.actorgraph.analysis.ForceLayout;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.selection.SelectionModel;
import org.actorgraph.ui.settings.SettingsModel;
import org.actorgraph.ui.settings.SettingsStore;
import org.actorgraph.ui.story.PresentationViewModel;
import org.actorgraph.ui.story.StoryViewModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeViewModelTest {

    @TempDir
    Path dir;

    private SettingsModel settings() {
        return new SettingsModel(new SettingsStore(dir.resolve("settings.json")), new ImmediateTaskExecutor());
    }

    @Test
    void switchingTheThemeSetsOneStyleClassOnTheRoot() {
        ThemeViewModel themes = new ThemeViewModel(settings());
        BorderPane root = new BorderPane();
        Themes.bind(root, themes.shownProperty());
        assertTrue(root.getStyleClass().contains("theme-light"));

        themes.chosenProperty().set(Theme.DARK);
        assertTrue(root.getStyleClass().contains("theme-dark"));
        assertFalse(root.getStyleClass().contains("theme-light"));

        themes.chosenProperty().set(Theme.HIGH_CONTRAST);
        assertEquals(1, root.getStyleClass().stream().filter(c -> c.startsWith("theme-")).count());
        assertTrue(root.getStyleClass().contains("theme-contrast"));
    }

    @Test
    void theChosenThemeIsRemembered() {
        new ThemeViewModel(settings()).chosenProperty().set(Theme.DARK);
        assertEquals(Theme.DARK, new ThemeViewModel(settings()).chosenProperty().get());
    }

    @Test
    void presentingShowsHighContrastAndLargeTypeThenRestores() {
        RecordingDialogService dialogs = new RecordingDialogService();
        CorpusSession session = TestCorpora.seedSession(dialogs);
        SelectionModel selection = new SelectionModel();
        GraphViewModel graph = new GraphViewModel(session, selection, new ImmediateTaskExecutor(),
                new ForceLayout(), dialogs);
        StoryViewModel story = new StoryViewModel(session, selection, graph);
        ThemeViewModel themes = new ThemeViewModel(settings());
        themes.chosenProperty().set(Theme.DARK);
        PresentationViewModel presentation = new PresentationViewModel(story, themes, session, graph);
        assertTrue(presentation.timelineShownProperty().get());

        presentation.enter();
        assertTrue(presentation.presentingProperty().get());
        assertEquals(Theme.HIGH_CONTRAST, themes.getShown());
        assertTrue(story.activeProperty().get(), "presenting tells the story");
        assertFalse(presentation.timelineShownProperty().get(), "no timeline while the story runs");
        assertFalse(presentation.legend().isEmpty(), "a legend of what step 1 draws");
        int atStepOne = presentation.legend().size();
        story.last();
        assertTrue(presentation.legend().size() >= atStepOne);

        presentation.toggleStory();
        assertTrue(presentation.timelineShownProperty().get(), "story off: the timeline returns");

        presentation.leave();
        assertEquals(Theme.DARK, themes.getShown());
        assertFalse(story.activeProperty().get(), "the story as it was before");
        assertEquals(Theme.DARK, new ThemeViewModel(settings()).chosenProperty().get(),
                "presenting does not change the remembered theme");
    }
}
