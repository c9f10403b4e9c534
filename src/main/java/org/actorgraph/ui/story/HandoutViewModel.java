package org.actorgraph.ui.story;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Point;
import org.actorgraph.model.Story;
import org.actorgraph.render.HandoutOptions;
import org.actorgraph.render.HandoutWriter;
import org.actorgraph.render.Theme;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.LoadedCorpus;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.task.TaskExecutor;

/**
 * File › Export story handout (a PDF, one page per step) and Export story as PNG frames (one image
 * per step, for slides). The story as edited, the actors where the window has them; the writing
 * runs in the background.
 */
public final class HandoutViewModel {

    private final CorpusSession session;
    private final StoryViewModel story;
    private final GraphViewModel graph;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    // Made when first needed, in the background: it loads the bundled fonts, which takes a while
    // and is not worth doing while the window starts.
    private final Supplier<HandoutWriter> writer;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");

    public HandoutViewModel(CorpusSession session, StoryViewModel story, GraphViewModel graph,
                            DialogService dialogs, TaskExecutor executor, Supplier<HandoutWriter> writer) {
        this.session = Objects.requireNonNull(session);
        this.story = Objects.requireNonNull(story);
        this.graph = Objects.requireNonNull(graph);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.executor = Objects.requireNonNull(executor);
        this.writer = Objects.requireNonNull(writer);
    }

    /** Asks where, then writes the handout PDF. */
    public void exportPdf() {
        LoadedCorpus corpus = session.getCorpus();
        if (corpus == null || !ready()) {
            return;
        }
        dialogs.chooseHandoutFile(folder(corpus), baseName(corpus) + "-story.pdf")
                .ifPresent(this::writePdf);
    }

    /** Asks for a folder, then writes one PNG per step into it. */
    public void exportFrames() {
        LoadedCorpus corpus = session.getCorpus();
        if (corpus == null || !ready()) {
            return;
        }
        dialogs.chooseFolder("Export story as PNG frames", folder(corpus)).ifPresent(this::writeFrames);
    }

    private boolean ready() {
        if (story.steps().isEmpty()) {
            dialogs.showError("No story to export", "The story has no steps.");
            return false;
        }
        return !running.get();
    }

    /** Writes the handout PDF to {@code file} in the background. */
    public void writePdf(Path file) {
        Job job = job();
        if (job == null) {
            return;
        }
        running.set(true);
        executor.submit(() -> {
            writer.get().writePdf(job.corpus(), job.story(), job.grouping(), job.positions(), job.options(), file);
            return file;
        }, done -> {
            running.set(false);
            dialogs.showInformation("Handout exported", job.story().steps().size() + " pages written to " + done);
        }, error -> {
            running.set(false);
            dialogs.showError("Could not export the handout", file + ": " + describe(error));
        });
    }

    /** Writes one PNG per step into {@code folder} in the background. */
    public void writeFrames(Path folder) {
        Job job = job();
        if (job == null) {
            return;
        }
        running.set(true);
        executor.submit(() -> writer.get().writeFrames(job.corpus(), job.story(), job.grouping(), job.positions(),
                job.options(), folder), (List<Path> files) -> {
                    running.set(false);
                    dialogs.showInformation("Frames exported", files.size() + " images written to " + folder);
                }, error -> {
                    running.set(false);
                    dialogs.showError("Could not export the frames", folder + ": " + describe(error));
                });
    }

    // Everything the writer needs, taken on the UI thread.
    private Job job() {
        LoadedCorpus loaded = session.getCorpus();
        AggregatedGraph full = session.getFullGraph();
        if (loaded == null || full == null) {
            return null;
        }
        Corpus corpus = loaded.corpus();
        Map<String, Point> byId = graph.positionsById();
        Map<Actor, Point> positions = new HashMap<>();
        for (Actor actor : full.actors()) {
            Point p = byId.get(actor.id());
            if (p != null) {
                positions.put(actor, p);
            }
        }
        // Before the window's layout is done the writer lays the graph out itself.
        Map<Actor, Point> placed = positions.size() == full.actors().size() ? Map.copyOf(positions) : null;
        Theme theme = "#FBFBF8".equalsIgnoreCase(graph.backgroundProperty().get()) ? Theme.LIGHT : Theme.DARK;
        return new Job(corpus, story.story(), full.grouping(), placed,
                HandoutOptions.a4(theme, 7));
    }

    private static Path folder(LoadedCorpus corpus) {
        return corpus.source().path().map(Path::getParent).orElse(null);
    }

    private static String baseName(LoadedCorpus corpus) {
        return corpus.source().displayName().replaceFirst("(\\.actorgraph)?\\.json$", "");
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    /** Whether an export is being written. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What to write; {@code positions} is null when the writer should lay the graph out. */
    private record Job(Corpus corpus, Story story, PersonGrouping grouping, Map<Actor, Point> positions,
                       HandoutOptions options) { }
}
