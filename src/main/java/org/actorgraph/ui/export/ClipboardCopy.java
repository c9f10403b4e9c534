package org.actorgraph.ui.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.actorgraph.ui.dialog.DialogService;

/** Edit › Copy image: the current view, drawn as the export draws it, onto the system clipboard. */
public final class ClipboardCopy {

    private final ExportViewModel viewModel;
    private final DialogService dialogs;

    public ClipboardCopy(ExportViewModel viewModel, DialogService dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
    }

    /** Copies the current view; nothing happens before a graph is drawn. */
    public void copy() {
        if (!viewModel.canExport()) {
            return;
        }
        try {
            Image image = new Image(new ByteArrayInputStream(viewModel.currentViewPng()));
            ClipboardContent content = new ClipboardContent();
            content.putImage(image);
            Clipboard.getSystemClipboard().setContent(content);
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Could not copy the image", String.valueOf(e.getMessage()));
        }
    }
}
