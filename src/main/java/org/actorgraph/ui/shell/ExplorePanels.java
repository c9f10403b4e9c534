package org.actorgraph.ui.shell;

import java.util.Objects;
import javafx.scene.Node;

/**
 * The exploring parts of the window the composition root hands to {@link MainWindow}: the centre
 * (the graph and the article tabs), the analysis pane below it, and the command that opens the
 * selection's evidence in the reader.
 *
 * @param centre replaces the bare graph in the middle of the window
 * @param analysis shown below the centre, and hidden with View › Analysis pane
 * @param openInArticle opens the selection in the reader
 */
public record ExplorePanels(Node centre, Node analysis, Runnable openInArticle) {

    public ExplorePanels {
        Objects.requireNonNull(centre, "centre");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(openInArticle, "openInArticle");
    }
}
