package org.actorgraph.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.actorgraph.io.CorpusReader;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.io.LoadResult;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.shell.MainViewModel;
import org.actorgraph.ui.support.ImmediateTaskExecutor;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.actorgraph.ui.task.TaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Import… and Save corpus as…, as a user sees them: the corpus on screen and what is said. */
class ImportViewModelTest {

    @TempDir
    Path dir;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final CorpusSession session = TestCorpora.openSession(dialogs);

    private ImportViewModel importer(TaskExecutor executor) {
        return new ImportViewModel(session, executor, dialogs, new CorpusWriter());
    }

    private static Path bratFixtures() {
        try {
            return Path.of(ImportViewModelTest.class.getResource("/fixtures/brat").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importingTheBratFolderOpensItAsAnUnsavedCorpus() {
        ImportViewModel imports = importer(new ImmediateTaskExecutor());
        dialogs.fileToChoose = null;
        imports.sources().add(bratFixtures());

        imports.importSources();

        // The counts the importer tests derived from the five annotated documents.
        var corpus = session.getCorpus().corpus();
        assertEquals(5, corpus.articles().size());
        assertEquals(20, corpus.actors().size());
        assertEquals(16, corpus.relations().size());
        assertTrue(session.getCorpus().source().displayName().contains("imported, not saved"),
                session.getCorpus().source().displayName());
        assertTrue(session.getCorpus().source().path().isEmpty());
        assertTrue(session.getGraph() != null && !session.getGraph().actors().isEmpty(), "drawn");
        assertTrue(imports.lastSummaryProperty().get().startsWith("Imported 5 articles, 20 actors and 16 relations"),
                imports.lastSummaryProperty().get());
        assertEquals(List.of("Imported with problems"), dialogs.titles, "the warnings are listed");
        assertFalse(dialogs.problemLists.get(0).isEmpty());
        assertTrue(imports.sources().isEmpty());
        assertFalse(imports.runningProperty().get());

        MainViewModel main = new MainViewModel(session, dialogs,
                new org.actorgraph.ui.settings.SettingsModel(
                        new org.actorgraph.ui.settings.SettingsStore(dir.resolve("settings.json")),
                        new ImmediateTaskExecutor()));
        assertTrue(main.titleProperty().get().contains("imported, not saved"), main.titleProperty().get());
    }

    @Test
    void saveAsWritesAValidCorpusAndTheWindowNowShowsThatFile() throws IOException {
        ImportViewModel imports = importer(new ImmediateTaskExecutor());
        imports.importPaths(List.of(bratFixtures()));
        Path file = dir.resolve("brat.actorgraph.json");
        dialogs.corpusToSave = file;

        imports.saveCorpusAs();

        LoadResult reread = new CorpusReader().read(file);
        assertTrue(reread.isValid(), reread.report());
        assertEquals(16, reread.requireCorpus().relations().size());
        assertEquals(file, session.getCorpus().source().path().orElseThrow());
        assertFalse(session.getCorpus().source().displayName().contains("imported"));
    }

    @Test
    void aFailedSaveKeepsTheOldFile() throws IOException {
        ImportViewModel imports = importer(new ImmediateTaskExecutor());
        Path missing = dir.resolve("no/such/folder/x.actorgraph.json");
        assertFalse(imports.save(missing));
        assertEquals(1, dialogs.errors.size());
        assertTrue(session.getCorpus().source().path().isEmpty() || !session.getCorpus().source().path().get()
                .equals(missing));
    }

    @Test
    void cancellingAnImportKeepsTheOpenCorpus() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        ImportViewModel imports = importer(executor);
        var before = session.getCorpus();
        imports.importPaths(List.of(bratFixtures()));
        assertTrue(imports.runningProperty().get());

        imports.cancel();
        executor.runAll();

        assertFalse(imports.runningProperty().get());
        assertEquals(before, session.getCorpus());
        assertTrue(imports.statusProperty().get().contains("cancelled"), imports.statusProperty().get());
        assertTrue(dialogs.titles.isEmpty());
    }

    @Test
    void droppedAnnotationsAreImportedAndADroppedCorpusIsOpened() throws IOException {
        ImportViewModel imports = importer(new ImmediateTaskExecutor());
        MainViewModel main = new MainViewModel(session, dialogs,
                new org.actorgraph.ui.settings.SettingsModel(
                        new org.actorgraph.ui.settings.SettingsStore(dir.resolve("settings.json")),
                        new ImmediateTaskExecutor()));
        main.setDropImporter(ImportViewModel::isImportable, imports::importPaths);
        Path ann = bratFixtures().resolve("060-relation_annotation.ann");
        Path corpus = dir.resolve("copy.actorgraph.json");
        Files.copy(TestCorpora.path(TestCorpora.MAIN), corpus);

        assertTrue(main.acceptsDrop(List.of(ann.toFile())));
        assertTrue(main.drop(List.of(ann.toFile())));
        assertEquals(1, session.getCorpus().corpus().articles().size());
        assertTrue(session.getCorpus().source().displayName().startsWith("060-relation_annotation.ann"));

        assertTrue(main.drop(List.of(new File(corpus.toString()), ann.toFile())), "a corpus among them is opened");
        assertEquals(corpus, session.getCorpus().source().path().orElseThrow());
        assertFalse(main.acceptsDrop(List.of(dir.resolve("notes.pdf").toFile())));
    }
}
