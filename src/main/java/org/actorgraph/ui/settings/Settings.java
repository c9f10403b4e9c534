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
 * @param theme the name of the chosen colour theme, or null for the default
 */
public record Settings(double windowWidth, double windowHeight, boolean maximized, String lastDirectory,
                       List<String> recentFiles, String theme) {

    /** How many recent files are kept. */
    public static final int MAX_RECENT = 8;

    public Settings {
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles);
    }

    /** Settings without a chosen theme. */
    public Settings(double windowWidth, double windowHeight, boolean maximized, String lastDirectory,
                    List<String> recentFiles) {
        this(windowWidth, windowHeight, maximized, lastDirectory, recentFiles, null);
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
                recent.subList(0, Math.min(MAX_RECENT, recent.size())), theme);
    }

    /** These settings without {@code file} among the recent files. */
    public Settings withoutRecentFile(String file) {
        List<String> recent = new ArrayList<>(recentFiles);
        recent.remove(file);
        return new Settings(windowWidth, windowHeight, maximized, lastDirectory, recent, theme);
    }

    public Settings withLastDirectory(String directory) {
        return new Settings(windowWidth, windowHeight, maximized, directory, recentFiles, theme);
    }

    public Settings withWindow(double width, double height, boolean isMaximized) {
        return new Settings(width, height, isMaximized, lastDirectory, recentFiles, theme);
    }

    public Settings withTheme(String name) {
        return new Settings(windowWidth, windowHeight, maximized, lastDirectory, recentFiles, name);
    }
}
