package org.actorgraph.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.CorpusSource;
import org.actorgraph.ui.corpus.LoadedCorpus;
import org.actorgraph.ui.dialog.DialogService;
import org.actorgraph.ui.dialog.HelpSection;
import org.actorgraph.ui.settings.SettingsModel;

/** The main window's state and file commands: title, opening corpora, help. */
public final class MainViewModel {

    /** The application's name, first in the window title. */
    public static final String APP_NAME = "ActorGraph";

    private final CorpusSession session;
    private final DialogService dialogs;
    private final SettingsModel settings;
    private Predicate<Path> importable = path -> false;
    private Consumer<List<Path>> importer;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);

    public MainViewModel(CorpusSession session, DialogService dialogs, SettingsModel settings) {
        this.session = session;
        this.dialogs = dialogs;
        this.settings = settings;
        title.bind(Bindings.createStringBinding(() -> title(session.getCorpus()), session.corpusProperty()));
        session.corpusProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.source().path().ifPresent(settings::opened);
            }
        });
    }

    private static String title(LoadedCorpus corpus) {
        if (corpus == null) {
            return APP_NAME;
        }
        String name = corpus.corpus().title().isBlank() ? corpus.source().displayName()
                : corpus.corpus().title() + " (" + corpus.source().displayName() + ")";
        return name + " — " + APP_NAME;
    }

    /** Asks for a file and opens it. */
    public void openFile() {
        dialogs.chooseCorpusFile(settings.lastDirectory().orElse(null)).ifPresent(this::open);
    }

    /** Opens a corpus file; its problems, if any, are listed in a dialog. */
    public void open(Path file) {
        session.open(CorpusSource.ofFile(file));
    }

    /** Opens a recent file, or forgets it when it is gone. */
    public void openRecent(Path file) {
        if (Files.isRegularFile(file)) {
            open(file);
        } else {
            settings.forget(file);
            dialogs.showError("Could not open " + file.getFileName(),
                    file + " no longer exists; it was removed from the recent files.");
        }
    }

    /** Recently opened files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return settings.recentFiles();
    }

    /** Opens the corpus bundled with the application. */
    public void openSeed() {
        session.open(CorpusSource.bundledSeed());
    }

    /** Opens the corpus named on the command line, or the bundled seed when there is none. */
    public void openInitial(List<String> arguments) {
        Optional<Path> file = initialFile(arguments);
        if (file.isPresent()) {
            open(file.get());
        } else {
            openSeed();
        }
    }

    /**
     * Files larger than this take longer to open than the window waits for its first graph, on a
     * 2-core machine: a corpus of 3.2 MB (1,000 articles, 5,000 relations) 1.5 s after the window
     * is laid out, one of 0.64 MB (200 articles) 0.3–0.4 s.
     */
    public static final long LONG_OPENING_BYTES = 1_500_000;

    /**
     * Whether the file named on the command line is large enough that its window will show before
     * its graph ({@link #LONG_OPENING_BYTES}); false for the seed and for a file that cannot be read.
     */
    public boolean initialOpeningLooksLong(List<String> arguments) {
        return initialFile(arguments).map(file -> {
            try {
                return Files.size(file) > LONG_OPENING_BYTES;
            } catch (IOException | SecurityException e) {
                return false; // its opening says what is wrong with it
            }
        }).orElse(false);
    }

    private static Optional<Path> initialFile(List<String> arguments) {
        return arguments.stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of);
    }

    /**
     * Lets dropped annotation and event files be imported: files {@code importable} accepts go to
     * {@code importer} unless a corpus is among the dropped files.
     */
    public void setDropImporter(Predicate<Path> importable, Consumer<List<Path>> importer) {
        this.importable = Objects.requireNonNull(importable);
        this.importer = Objects.requireNonNull(importer);
    }

    /** Whether a drag that carries these files can be dropped: a corpus, or files to import. */
    public boolean acceptsDrop(List<File> files) {
        return droppedCorpus(files).isPresent() || !droppedForImport(files).isEmpty();
    }

    /** Opens the first dropped file that looks like a corpus, or imports the dropped files; false when neither. */
    public boolean drop(List<File> files) {
        Optional<Path> file = droppedCorpus(files);
        if (file.isPresent()) {
            open(file.get());
            return true;
        }
        List<Path> toImport = droppedForImport(files);
        if (toImport.isEmpty()) {
            return false;
        }
        importer.accept(toImport);
        return true;
    }

    private Optional<Path> droppedCorpus(List<File> files) {
        return files.stream().map(File::toPath).filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                .filter(p -> !importable.test(p))
                .findFirst();
    }

    private List<Path> droppedForImport(List<File> files) {
        return importer == null ? List.of() : files.stream().map(File::toPath).filter(importable).toList();
    }

    /** Shows what the application is, its keyboard shortcuts and mouse gestures. */
    public void showHelp(List<Command> commands) {
        List<HelpSection.Row> mouse = List.of(
                new HelpSection.Row("Click an edge or actor", "show its details"),
                new HelpSection.Row("Click the background", "clear the selection"),
                new HelpSection.Row("Drag an actor", "move it and pin it in place"),
                new HelpSection.Row("Double-click a pinned actor", "release it"),
                new HelpSection.Row("Double-click a community", "show its members (overview by communities)"),
                new HelpSection.Row("Drag the background", "pan"),
                new HelpSection.Row("Mouse wheel", "zoom around the pointer"),
                new HelpSection.Row("Drop a .json file", "open it"),
                new HelpSection.Row("Drop annotation or GDELT files", "import them"));
        List<HelpSection.Row> keys = commands.stream().filter(c -> c.shortcut() != null)
                .map(c -> new HelpSection.Row(c.shortcut().getDisplayText(), c.text().replace("…", "")))
                .toList();
        dialogs.showHelp("About ActorGraph",
                "ActorGraph draws who does what to whom in news articles. Every edge keeps its evidence: "
                        + "click it to read the sentences, their source and how certain they are. Colour is the "
                        + "relation type, the line style its certainty, the width the amount of evidence.",
                List.of(new HelpSection("Mouse", mouse), new HelpSection("Keyboard", keys)));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public BooleanProperty peopleSeparatelyProperty() {
        return session.peopleSeparatelyProperty();
    }

    /** The directory of the last opened file, where the file chooser starts. */
    public Optional<Path> lastDirectory() {
        return settings.lastDirectory();
    }
}
