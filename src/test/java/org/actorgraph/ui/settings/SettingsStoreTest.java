package org.actorgraph.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsLoadBackEqual() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("sub/settings.json"));
        Settings settings = new Settings(1200, 700, true, "/tmp", List.of("/tmp/a.json", "/tmp/b.json"));

        store.save(settings);

        assertEquals(settings, store.load());
    }

    @Test
    void missingOrCorruptFileGivesTheDefaults() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        assertEquals(Settings.defaults(), store.load());

        Files.writeString(store.file(), "{ not json");
        assertEquals(Settings.defaults(), store.load());
    }

    @Test
    void recentFilesAreUniqueNewestFirstAndCapped() {
        Settings settings = Settings.defaults();
        for (int i = 0; i < 12; i++) {
            settings = settings.withRecentFile("/f" + i);
        }
        settings = settings.withRecentFile("/f5");

        assertEquals(Settings.MAX_RECENT, settings.recentFiles().size());
        assertEquals("/f5", settings.recentFiles().get(0));
        assertEquals("/f11", settings.recentFiles().get(1));
        assertEquals(1, settings.recentFiles().stream().filter("/f5"::equals).count());
    }

    @Test
    void defaultLocationFollowsEachPlatformsConvention() {
        Path home = Path.of("/home/ana");
        assertEquals(Path.of("/home/ana/.config/actorgraph/settings.json"),
                SettingsStore.defaultLocation(Map.of(), "Linux", home));
        assertEquals(Path.of("/xdg/actorgraph/settings.json"),
                SettingsStore.defaultLocation(Map.of("XDG_CONFIG_HOME", "/xdg"), "Linux", home));
        assertEquals(Path.of("/home/ana/Library/Application Support/ActorGraph/settings.json"),
                SettingsStore.defaultLocation(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("C:/Users/ana/AppData", "ActorGraph", "settings.json"),
                SettingsStore.defaultLocation(Map.of("APPDATA", "C:/Users/ana/AppData"), "Windows 11", home));
    }
}
