package org.actorgraph.ui.shell;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * The exploring parts of the window the composition root hands to {@link MainWindow}: the centre
 * (the graph and the article tabs), the analysis pane below it, and the command that opens the
 * selection's evidence in the reader.
 *
 * @param centre replaces the bare graph in the middle of the window
 * @param analysis makes the pane shown below the centre, the first time View › Analysis pane
 *                 asks for it; it is hidden with the same command
 * @param openInArticle opens the selection in the reader
 */
public record ExplorePanels(Node centre, Supplier<? extends Node> analysis, Runnable openInArticle) {

    public ExplorePanels {
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(openInArticle, "openInArticle");
    }
}
