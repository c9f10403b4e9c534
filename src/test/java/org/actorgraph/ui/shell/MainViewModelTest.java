package org.actorgraph.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.session(dialogs);
    private final MainViewModel main = new MainViewModel(session, dialogs);

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
    void openAsksForAFileAndRemembersItsDirectory() {
        dialogs.fileToChoose = TestCorpora.path(TestCorpora.MAIN);

        main.openFile();

        assertEquals("test-corpus.actorgraph.json", session.getCorpus().source().displayName());
        assertEquals(dialogs.fileToChoose.getParent(), main.lastDirectory().orElseThrow());
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

        assertTrue(dialogs.informations.get(0).contains("Zoom in"));
    }
}
