package org.actorgraph.ui.story;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.PersonGrouping;
import org.actorgraph.model.Actor;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.Point;
import org.actorgraph.model.Story;
import org.actorgraph.render.ExportMonitor;
import org.actorgraph.render.HandoutOptions;
import org.actorgraph.render.HandoutWriter;
import org.actorgraph.render.Theme;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.LoadedCorpus;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.graph.GraphViewModel;
import org.actorgraph.ui.task.Activity;
import org.actorgraph.ui.task.CancellableJob;
import org.actorgraph.ui.task.TaskExecutor;

/**
 * File › Export story handout (a PDF, one page per step) and Export story as PNG frames (one image
 * per step, for slides). The story as edited, the actors where the window has them; the writing
 * runs in the background, page by page in the status bar ("Writing page 3 of 12…"), and Cancel
 * there stops it and leaves the files of an earlier export as they were.
 */
public final class HandoutViewModel {

    private final CorpusSession session;
    private final StoryViewModel story;
    private final GraphViewModel graph;
    private final DialogService dialogs;
    // Made when first needed, in the background: it loads the bundled fonts, which takes a while
    // and is not worth doing while the window starts.
    private final Supplier<HandoutWriter> writer;
    private final CancellableJob job;

    public HandoutViewModel(CorpusSession session, StoryViewModel story, GraphViewModel graph,
                            DialogService dialogs, TaskExecutor executor, Supplier<HandoutWriter> writer) {
        this.session = Objects.requireNonNull(session);
        this.story = Objects.requireNonNull(story);
        this.graph = Objects.requireNonNull(graph);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.writer = Objects.requireNonNull(writer);
        this.job = new CancellableJob(Objects.requireNonNull(executor));
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
        return !job.isRunning();
    }

    /** Writes the handout PDF to {@code file} in the background. */
    public void writePdf(Path file) {
        Handout handout = handout();
        if (handout == null) {
            return;
        }
        String name = file.getFileName().toString();
        job.start("Exporting " + name + "…", task -> {
            writer.get().writePdf(handout.corpus(), handout.story(), handout.grouping(), handout.positions(),
                    handout.options(), file, ExportMonitor.of(task, task::progress));
            return file;
        }, new CancellableJob.Outcome<>() {
            @Override
            public String succeeded(Path done) {
                dialogs.showInformation("Handout exported",
                        handout.story().steps().size() + " pages written to " + done);
                return "Exported " + name;
            }

            @Override
            public String cancelled() {
                return "Exporting " + name + " cancelled; nothing was written";
            }

            @Override
            public String failed(Throwable error) {
                dialogs.showError("Could not export the handout", file + ": " + describe(error));
                return "";
            }
        });
    }

    /** Writes one PNG per step into {@code folder} in the background. */
    public void writeFrames(Path folder) {
        Handout handout = handout();
        if (handout == null) {
            return;
        }
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        job.start("Exporting the frames to " + name + "…", task -> writer.get().writeFrames(handout.corpus(),
                handout.story(), handout.grouping(), handout.positions(), handout.options(), folder,
                ExportMonitor.of(task, task::progress)), new CancellableJob.Outcome<List<Path>>() {
                    @Override
                    public String succeeded(List<Path> files) {
                        dialogs.showInformation("Frames exported", files.size() + " images written to " + folder);
                        return "Exported " + files.size() + " frames to " + name;
                    }

                    @Override
                    public String cancelled() {
                        return "Exporting the frames cancelled; nothing was written";
                    }

                    @Override
                    public String failed(Throwable error) {
                        dialogs.showError("Could not export the frames", folder + ": " + describe(error));
                        return "";
                    }
                });
    }

    /** Stops a running export; once it has stopped, the status bar says that nothing was written. */
    public void cancel() {
        job.cancel();
    }

    // Everything the writer needs, taken on the UI thread.
    private Handout handout() {
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
        return new Handout(corpus, story.story(), full.grouping(), placed,
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

    /** Whether an export is being written (also while it stops after Cancel). */
    public ReadOnlyBooleanProperty runningProperty() {
        return job.activity().runningProperty();
    }

    /** The handout or frames being written, for the status bar: the page, how far, Cancel. */
    public Activity activity() {
        return job.activity();
    }

    /** What to write; {@code positions} is null when the writer should lay the graph out. */
    private record Handout(Corpus corpus, Story story, PersonGrouping grouping, Map<Actor, Point> positions,
                       HandoutOptions options) { }
}
