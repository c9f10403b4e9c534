package org.actorgraph.ui.settings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.actorgraph.ui.task.TaskExecutor;

/**
 * The settings while the application runs: loaded once, changed by the commands that open files
 * and by the window, and written back in the background after each change.
 */
public final class SettingsModel {

    private final SettingsStore store;
    private final TaskExecutor executor;
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);
    private final AtomicReference<Settings> latest = new AtomicReference<>();
    private Settings settings;

    public SettingsModel(SettingsStore store, TaskExecutor executor) {
        this.store = store;
        this.executor = executor;
        this.settings = store.load();
        showRecent();
    }

    /** Recently opened corpus files, most recent first. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    /** Where the file chooser should start. */
    public Optional<Path> lastDirectory() {
        return Optional.ofNullable(settings.lastDirectory()).map(Path::of);
    }

    /** Remembers a file that opened successfully. */
    public void opened(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Settings next = settings.withRecentFile(absolute.toString());
        Path parent = absolute.getParent();
        settings = parent == null ? next : next.withLastDirectory(parent.toString());
        showRecent();
        saveInBackground();
    }

    /** Forgets a recent file that could not be opened. */
    public void forget(Path file) {
        settings = settings.withoutRecentFile(file.toAbsolutePath().normalize().toString());
        showRecent();
        saveInBackground();
    }

    /** The name of the colour theme chosen last, if any. */
    public Optional<String> theme() {
        return Optional.ofNullable(settings.theme());
    }

    /** Remembers the chosen colour theme. */
    public void themeChosen(String name) {
        if (!java.util.Objects.equals(name, settings.theme())) {
            settings = settings.withTheme(name);
            saveInBackground();
        }
    }

    /** The last window size, if known. */
    public Optional<double[]> windowSize() {
        return settings.windowWidth() > 0 && settings.windowHeight() > 0
                ? Optional.of(new double[] {settings.windowWidth(), settings.windowHeight()}) : Optional.empty();
    }

    public boolean wasMaximized() {
        return settings.maximized();
    }

    /** Writes the window's geometry now; called as the application closes. */
    public void closing(double width, double height, boolean maximized) {
        settings = settings.withWindow(width, height, maximized);
        try {
            synchronized (store) {
                store.save(settings);
            }
        } catch (IOException e) {
            // Nothing to tell the user on the way out; the next run starts with the defaults.
        }
    }

    private void showRecent() {
        recentFiles.setAll(settings.recentFiles().stream().map(Path::of).toList());
    }

    private void saveInBackground() {
        latest.set(settings);
        executor.submit(() -> {
            // Each save writes the newest settings under the lock, so the last write is never stale.
            synchronized (store) {
                store.save(latest.get());
            }
            return null;
        }, ok -> { }, error -> { });
    }
}
