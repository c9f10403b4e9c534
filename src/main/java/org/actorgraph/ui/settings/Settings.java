package org.actorgraph.ui.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What the application remembers between runs. Stored as JSON; fields missing from an older file
 * take their defaults.
 *
 * @param windowWidth last width of the main window, or 0 when unknown
 * @param windowHeight last height of the main window, or 0 when unknown
 * @param maximized whether the main window was maximised
 * @param lastDirectory where the file chooser last was, or null
 * @param recentFiles recently opened corpus files, most recent first
 */
public record Settings(double windowWidth, double windowHeight, boolean maximized, String lastDirectory,
                       List<String> recentFiles) {

    /** How many recent files are kept. */
    public static final int MAX_RECENT = 8;

    public Settings {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    /** The settings of a first run. */
    public static Settings defaults() {
        return new Settings(0, 0, false, null, List.of());
    }

    /** These settings with {@code file} first among the recent files, once, and the list capped. */
    public Settings withRecentFile(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        recent.add(0, file);
        return new Settings(windowWidth, windowHeight, maximized, lastDirectory,
                recent.subList(0, Math.min(MAX_RECENT, recent.size())));
    }

    /** These settings without {@code file} among the recent files. */
    public Settings withoutRecentFile(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        return new Settings(windowWidth, windowHeight, maximized, lastDirectory, recent);
    }

    public Settings withLastDirectory(String directory) {
        return new Settings(windowWidth, windowHeight, maximized, directory, recentFiles);
    }

    public Settings withWindow(double width, double height, boolean isMaximized) {
        return new Settings(width, height, isMaximized, lastDirectory, recentFiles);
    }
}
