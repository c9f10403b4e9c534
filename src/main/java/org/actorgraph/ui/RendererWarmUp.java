package org.actorgraph.ui;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Paints one small picture off screen with what a window's first paint uses: rounded region
 * backgrounds with gradients and borders, a drop shadow, solid and dashed strokes, text and a
 * cached node.
 *
 * <p>Why: the first paint of the main window also loads the renderer's code for each of these (a
 * fifth of the renderer's samples after the window shows, in flight recordings). Painted once the
 * window is laid out, 0.6 s before a long opening shows it, this takes 50–90 ms of a UI thread
 * that waits for nothing, and the frames after the window's first paint wait 30–50 ms less for
 * it (decision 16).
 */
final class RendererWarmUp {

    private RendererWarmUp() {
    }

    /** Paints the picture; call on the FX thread. */
    static void paintOnce() {
        Region region = new Region();
        region.setStyle("-fx-background-color: linear-gradient(#ffffff, #dddddd), #eeeeee;"
                + " -fx-background-radius: 3, 2; -fx-background-insets: 0, 1;"
                + " -fx-border-color: #999999; -fx-border-radius: 3;"
                + " -fx-effect: dropshadow(gaussian, rgba(0, 0, 0, 0.3), 4, 0, 0, 1);");
        region.resize(60, 30);
        Line dashed = new Line(0, 0, 50, 20);
        dashed.setStrokeWidth(1.5);
        dashed.getStrokeDashArray().setAll(3.0, 2.0);
        Line solid = new Line(0, 20, 50, 0);
        Text text = new Text(5, 15, "Warm-up 123");
        Rectangle rounded = new Rectangle(10, 10, 30, 10);
        rounded.setArcWidth(4);
        rounded.setArcHeight(4);
        rounded.setStroke(Color.GRAY);
        Group picture = new Group(region, dashed, solid, text, rounded);
        picture.setCache(true);
        new Scene(picture, 80, 40); // styled as a scene's content is
        picture.snapshot(null, null);
    }
}
