package org.actorgraph.ui.export;

import java.io.ByteArrayInputStream;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Edit › Copy image: the current view, drawn as the export draws it, onto the system clipboard. The
 * picture is drawn and decoded in the background (an {@link Image} may be made on any thread); only
 * handing it to the clipboard happens on the UI thread.
 */
public final class ClipboardCopy {

    private final ExportViewModel viewModel;

    public ClipboardCopy(ExportViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** Copies the current view; nothing happens before a graph is drawn. */
    public void copy() {
        if (!viewModel.canExport()) {
            return;
        }
        viewModel.copyCurrentView(png -> new Image(new ByteArrayInputStream(png)), image -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
