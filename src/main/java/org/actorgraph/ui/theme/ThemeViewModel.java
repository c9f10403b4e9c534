package org.actorgraph.ui.theme;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.actorgraph.ui.settings.SettingsModel;

/**
 * The chosen colour theme (View › Theme), remembered between runs. Presentation mode switches to
 * high contrast for its duration without changing what is remembered.
 */
public final class ThemeViewModel {

    private final SettingsModel settings;
    private final ObjectProperty<Theme> chosen = new SimpleObjectProperty<>(this, "chosen", Theme.LIGHT);
    private final ObjectProperty<Theme> override = new SimpleObjectProperty<>(this, "override");
    private final ObjectProperty<Theme> shown = new SimpleObjectProperty<>(this, "shown", Theme.LIGHT);

    public ThemeViewModel(SettingsModel settings) {
        this.settings = Objects.requireNonNull(settings);
        chosen.set(settings.theme().flatMap(Theme::named).orElse(Theme.LIGHT));
        chosen.addListener((obs, old, now) -> {
            if (now == null) {
                chosen.set(Theme.LIGHT);
                return;
            }
            settings.themeChosen(now.name());
            override.set(null);
            update();
        });
        override.addListener((obs, old, now) -> update());
        update();
    }

    private void update() {
        shown.set(override.get() != null ? override.get() : chosen.get());
    }

    /** The theme the user chose; remembered. */
    public ObjectProperty<Theme> chosenProperty() {
        return chosen;
    }

    /** A theme shown for a while instead of the chosen one (presentation mode), or null. */
    public ObjectProperty<Theme> overrideProperty() {
        return override;
    }

    /** The theme on screen: the override if there is one, else the chosen theme. */
    public javafx.beans.value.ObservableValue<Theme> shownProperty() {
        return shown;
    }

    public Theme getShown() {
        return shown.get();
    }
}
