package org.actorgraph.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.dialog.HelpSection;
import org.actorgraph.ui.settings.SettingsModel;
import org.actorgraph.ui.settings.SettingsStore;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.session(dialogs);
    @TempDir
    Path settingsDir;
    private MainViewModel main;
    private SettingsModel settings;

    @BeforeEach
    void createViewModel() {
        settings = new SettingsModel(new SettingsStore(settingsDir.resolve("settings.json")),
                new ImmediateTaskExecutor());
        main = new MainViewModel(session, dialogs, settings);
    }

    @Test
    void titleShowsCorpusTitleAndFile() {
        assertEquals("ActorGraph", main.titleProperty().get());

        main.openInitial(List.of());

        assertEquals("Test corpus: arms talks (seed.actorgraph.json) — ActorGraph", main.titleProperty().get());
    }

    @Test
    void firstCommandLineArgumentIsOpened() {
        main.openInitial(List.of(TestCorpora.path(TestCorpora.INVALID).toString()));

        assertEquals(1, dialogs.problemLists.size(), "the named file is opened, not the seed");
    }

    @Test
    void onlyALargeFileNamedOnTheCommandLineLooksLikeALongOpening() throws Exception {
        Path large = settingsDir.resolve("large.actorgraph.json");
        Files.write(large, new byte[(int) MainViewModel.LONG_OPENING_BYTES + 1]);
        Path small = settingsDir.resolve("small.actorgraph.json");
        Files.write(small, new byte[(int) MainViewModel.LONG_OPENING_BYTES]);

        assertTrue(main.initialOpeningLooksLong(List.of("--verbose", large.toString())));
        assertFalse(main.initialOpeningLooksLong(List.of(small.toString())));
        assertFalse(main.initialOpeningLooksLong(List.of()), "the seed opens quickly");
        assertFalse(main.initialOpeningLooksLong(List.of(settingsDir.resolve("missing.json").toString())),
                "a file that is not there fails quickly");
    }

    @Test
    void openAsksForAFileAndRemembersItsDirectory() {
        dialogs.fileToChoose = TestCorpora.path(TestCorpora.MAIN);

        main.openFile();

        assertEquals("test-corpus.actorgraph.json", session.getCorpus().source().displayName());
        assertEquals(dialogs.fileToChoose.getParent(), main.lastDirectory().orElseThrow());
    }

    @Test
    void openedFilesBecomeRecentAndAVanishedOneIsForgotten() throws Exception {
        Path copy = Files.copy(TestCorpora.path(TestCorpora.MAIN), settingsDir.resolve("copy.actorgraph.json"));
        main.open(copy);
        main.open(TestCorpora.path(TestCorpora.MAIN));

        assertEquals(List.of(TestCorpora.path(TestCorpora.MAIN), copy), main.recentFiles());

        Files.delete(copy);
        main.openRecent(copy);
        assertEquals(List.of(TestCorpora.path(TestCorpora.MAIN)), main.recentFiles());
        assertEquals(1, dialogs.errors.size());
    }

    @Test
    void recentFilesSurviveARestart() {
        main.open(TestCorpora.path(TestCorpora.MAIN));

        SettingsModel nextRun = new SettingsModel(new SettingsStore(settingsDir.resolve("settings.json")),
                new ImmediateTaskExecutor());

        assertEquals(List.of(TestCorpora.path(TestCorpora.MAIN)), nextRun.recentFiles());
        assertEquals(TestCorpora.path(TestCorpora.MAIN).getParent(), nextRun.lastDirectory().orElseThrow());
    }

    @Test
    void aFileThatFailsToOpenIsNotRecent() {
        main.open(TestCorpora.path(TestCorpora.INVALID));

        assertTrue(main.recentFiles().isEmpty());
    }

    @Test
    void droppedJsonFileIsOpenedAndOtherFilesAreRefused() {
        File corpus = TestCorpora.path(TestCorpora.MAIN).toFile();
        File notJson = new File(corpus.getParentFile().getParentFile(), "nothing.txt");

        assertFalse(main.acceptsDrop(List.of(notJson)));
        assertTrue(main.drop(List.of(notJson, corpus)));
        assertEquals("test-corpus.actorgraph.json", session.getCorpus().source().displayName());
    }

    @Test
    void helpListsTheShortcuts() {
        main.showHelp(List.of(new Command("Zoom in", javafx.scene.input.KeyCombination.valueOf("Ctrl+Equals"), () -> { })));

        HelpSection keyboard = dialogs.helps.get(0).get(1);
        assertEquals("Keyboard", keyboard.heading());
        assertEquals("Zoom in", keyboard.rows().get(0).effect());
        assertEquals(javafx.scene.input.KeyCombination.valueOf("Ctrl+Equals").getDisplayText(),
                keyboard.rows().get(0).keys());
    }
}
