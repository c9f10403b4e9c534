package org.actorgraph.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the composition root and shows the main window. */
public final class ActorGraphApp extends Application {

    private AppComposition composition;

    /** Starts JavaFX with this application; returns when the last window closes. */
    public static void launchApp(String[] arguments) {
        Application.launch(ActorGraphApp.class, arguments);
    }

    @Override
    public void start(Stage stage) {
        composition = AppComposition.standard(stage);
        composition.start(getParameters().getRaw());
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.stop();
        }
    }
}
