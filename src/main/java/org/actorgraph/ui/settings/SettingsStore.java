package org.actorgraph.ui.settings;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes {@link Settings} as JSON in one file. A missing or unreadable file gives the
 * defaults: losing preferences must never stop the application from starting.
 */
public final class SettingsStore {

    private final Path file;
    private final Gson gson = new GsonBuilder().setPrettyPrinting().create();

    public SettingsStore(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /**
     * The usual place for the settings file: {@code %APPDATA%\ActorGraph} on Windows,
     * {@code ~/Library/Application Support/ActorGraph} on macOS, and
     * {@code $XDG_CONFIG_HOME/actorgraph} (default {@code ~/.config/actorgraph}) elsewhere.
     */
    public static Path defaultLocation(Map<String, String> environment, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && environment.get("APPDATA") != null) {
            return Path.of(environment.get("APPDATA"), "ActorGraph", "settings.json");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/ActorGraph/settings.json");
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("actorgraph").resolve("settings.json");
    }

    public Path file() {
        return file;
    }

    /** The stored settings, or the defaults when there are none or they cannot be read. */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.defaults();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Settings settings = gson.fromJson(in, Settings.class);
            return settings == null ? Settings.defaults() : settings;
        } catch (IOException | JsonParseException | IllegalArgumentException e) {
            return Settings.defaults();
        }
    }

    /** Writes the settings through a temporary file, so a crash never leaves half a file. */
    public void save(Settings settings) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "settings", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                gson.toJson(settings, out);
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
