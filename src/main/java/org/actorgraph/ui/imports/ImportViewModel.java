package org.actorgraph.ui.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.actorgraph.io.CorpusWriter;
import org.actorgraph.io.Problem;
import org.actorgraph.io.importer.ImportMapping;
import org.actorgraph.io.importer.ImportResult;
import org.actorgraph.io.importer.Importer;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.corpus.LoadedCorpus;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.task.Activity;
import org.actorgraph.ui.task.TaskExecutor;
import org.actorgraph.ui.task.TaskProgress;

/**
 * File › Import… (and files dropped on the window) and File › Save corpus as…. Imports brat,
 * doccano, Label Studio and GDELT files in the background, with progress and Cancel, then opens
 * the result as an unsaved corpus and tells what was imported; problems go to the problems dialog.
 * Saving writes the open corpus atomically, keeping the previous file as {@code NAME.bak}.
 */
public final class ImportViewModel {

    private final CorpusSession session;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CorpusWriter writer;

    private final ObservableList<Path> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Path> mapping = new SimpleObjectProperty<>(this, "mapping");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper lastSummary = new ReadOnlyStringWrapper(this, "lastSummary", "");
    private final Activity activity = new Activity();

    private TaskExecutor.TaskHandle task;
    private AtomicBoolean cancelled;
    private Path lastDirectory;

    public ImportViewModel(CorpusSession session, TaskExecutor executor, DialogService dialogs, CorpusWriter writer) {
        this.session = Objects.requireNonNull(session);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.writer = Objects.requireNonNull(writer);
    }

    // ---- choosing what to import

    /** Asks for files and adds them to the sources. */
    public void addFiles() {
        List<Path> files = dialogs.chooseImportFiles(lastDirectory);
        files.stream().filter(f -> !sources.contains(f)).forEach(sources::add);
        if (!files.isEmpty()) {
            lastDirectory = files.get(0).toAbsolutePath().getParent();
        }
    }

    /** Asks for a folder and adds it to the sources. */
    public void addFolder() {
        dialogs.chooseImportFolder(lastDirectory).ifPresent(folder -> {
            if (!sources.contains(folder)) {
                sources.add(folder);
            }
            lastDirectory = folder.toAbsolutePath().getParent();
        });
    }

    /** Asks for a mapping file laid over the bundled mapping. */
    public void chooseMapping() {
        dialogs.chooseMappingFile(lastDirectory).ifPresent(mapping::set);
    }

    /** Whether files dropped on the window are for the importer rather than corpora to open. */
    public static boolean isImportable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file)) {
            return true;
        }
        if (name.endsWith(".actorgraph.json") || name.endsWith(".view.json")) {
            return false;
        }
        if (name.endsWith(".json")) {
            return Importer.detect(file) != Importer.Format.CORPUS;
        }
        return name.endsWith(".ann") || name.endsWith(".txt") || name.endsWith(".jsonl")
                || name.endsWith(".csv") || name.endsWith(".tsv");
    }

    /** Imports files and folders at once (dropped on the window), with the chosen mapping if any. */
    public void importPaths(List<Path> paths) {
        if (running.get() || paths.isEmpty()) {
            return;
        }
        sources.setAll(paths);
        importSources();
    }

    // ---- importing

    /** Imports the sources in the background; the result replaces the open corpus. */
    public void importSources() {
        if (sources.isEmpty() || running.get()) {
            return;
        }
        List<Path> inputs = List.copyOf(sources);
        Path mappingFile = mapping.get();
        AtomicBoolean flag = new AtomicBoolean();
        cancelled = flag;
        running.set(true);
        progress.set(-1);
        status.set("Importing…");
        activity.start("Importing " + sourceName() + "…", this::cancel);
        TaskExecutor.TaskHandle handle = executor.submit(task -> {
            List<String> mappingProblems = new ArrayList<>();
            ImportMapping chosen = mappingFile == null ? ImportMapping.defaults()
                    : ImportMapping.load(mappingFile, mappingProblems);
            ImportResult result = new Importer(chosen).importPaths(inputs, Importer.Options.DEFAULT,
                    (done, total, message) -> task.progress(total > 0 ? (double) done / total : TaskProgress.UNKNOWN,
                            message), () -> flag.get() || task.isCancelled());
            return new Outcome(result, mappingFile, mappingProblems);
        }, this::imported, error -> {
            finished();
            if (error instanceof CancellationException) {
                status.set("Import cancelled; the open corpus is unchanged");
                return;
            }
            status.set("Import failed");
            dialogs.showError("Could not import", error instanceof IOException && mappingFile != null
                    ? mappingFile + ": cannot read the mapping: " + error.getMessage()
                    : String.valueOf(error.getMessage()));
        }, reported -> {
            if (running.get()) {
                progress.set(reported.fraction());
                if (reported.message() != null) {
                    status.set(reported.message());
                }
                activity.report(reported);
            }
        });
        if (running.get()) {
            task = handle;
        }
    }

    private record Outcome(ImportResult result, Path mappingFile, List<String> mappingProblems) { }

    private void imported(Outcome outcome) {
        ImportResult result = outcome.result();
        String name = sourceName();
        if (result.corpus().isPresent()) {
            sources.clear();
        }
        finished();
        List<Problem> problems = new ArrayList<>();
        String mappingName = outcome.mappingFile() == null ? "" : outcome.mappingFile().getFileName().toString();
        outcome.mappingProblems().forEach(p -> problems.add(Problem.warning(mappingName, "", p)));
        problems.addAll(result.problems());
        String summary = result.summary();
        lastSummary.set(summary);
        status.set(summary);
        if (result.corpus().isEmpty()) {
            dialogs.showProblems("Nothing imported", summary + ". The open corpus is unchanged.", problems);
            return;
        }
        session.show(result.corpus().get(), CorpusSource.imported(name));
        if (!problems.isEmpty()) {
            dialogs.showProblems("Imported with problems", summary + ". Save the corpus with File › Save corpus as…",
                    problems);
        }
    }

    private String sourceName() {
        return sources.size() == 1 ? sources.get(0).getFileName().toString() : sources.size() + " files and folders";
    }

    private void finished() {
        task = null;
        cancelled = null;
        running.set(false);
        progress.set(-1);
        activity.finish();
    }

    /** Stops a running import; the open corpus stays. */
    public void cancel() {
        if (cancelled != null) {
            cancelled.set(true);
        }
        if (task != null) {
            task.cancel();
            finished();
            status.set("Import cancelled; the open corpus is unchanged");
            activity.finish(status.get());
        }
    }

    // ---- saving

    /** Asks where, then saves the open corpus. */
    public void saveCorpusAs() {
        LoadedCorpus corpus = session.getCorpus();
        if (corpus == null) {
            return;
        }
        Path directory = corpus.source().path().map(p -> p.toAbsolutePath().getParent()).orElse(lastDirectory);
        String name = corpus.source().path().map(p -> p.getFileName().toString())
                .orElse(suggestedName(corpus.corpus().title()));
        dialogs.chooseCorpusToSave(directory, name).ifPresent(this::save);
    }

    /** Saves the open corpus to {@code file} atomically; a failure is shown, never thrown. */
    public boolean save(Path file) {
        LoadedCorpus corpus = session.getCorpus();
        if (corpus == null) {
            return false;
        }
        try {
            writer.write(corpus.corpus(), file);
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Could not save the corpus", file + ": " + e.getMessage()
                    + ". An existing file of that name was left as it was.");
            return false;
        }
        session.savedAs(file);
        status.set("Saved " + file.getFileName());
        return true;
    }

    private static String suggestedName(String title) {
        String base = title == null || title.isBlank() ? "imported" : title.strip().replaceFirst("^Imported from ", "");
        base = base.replaceAll("[\\\\/:*?\"<>|]+", "_").replaceFirst("\\.[A-Za-z]+$", "");
        return (base.isBlank() ? "imported" : base) + ".actorgraph.json";
    }

    // ---- properties

    /** The files and folders to import. */
    public ObservableList<Path> sources() {
        return sources;
    }

    /** A mapping file laid over the bundled mapping, or null for the bundled one alone. */
    public ObjectProperty<Path> mappingProperty() {
        return mapping;
    }

    /** The running import for the status bar: files dropped on the window import without the dialog. */
    public Activity activity() {
        return activity;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The summary of the last import: "Imported 5 articles, 20 actors and 16 relations; 0 errors, 10 warnings". */
    public ReadOnlyStringProperty lastSummaryProperty() {
        return lastSummary.getReadOnlyProperty();
    }
}
