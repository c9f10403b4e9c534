package org.actorgraph.ui.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewportModelTest {

    private final ViewportModel viewport = new ViewportModel();

    @BeforeEach
    void viewportOf800By600() {
        viewport.viewportWidthProperty().set(800);
        viewport.viewportHeightProperty().set(600);
    }

    private double screenX(double worldX) {
        return viewport.translateXProperty().get() + viewport.getScale() * worldX;
    }

    private double screenY(double worldY) {
        return viewport.translateYProperty().get() + viewport.getScale() * worldY;
    }

    @Test
    void zoomsOutBelowActualSize() {
        viewport.zoomOut();
        viewport.zoomOut();

        assertTrue(viewport.getScale() < 1);
    }

    @Test
    void zoomingKeepsThePointUnderTheMouseInPlace() {
        viewport.panBy(30, -20);
        double worldX = (300 - viewport.translateXProperty().get()) / viewport.getScale();
        double worldY = (200 - viewport.translateYProperty().get()) / viewport.getScale();

        viewport.zoomAt(2, 300, 200);

        assertEquals(2, viewport.getScale(), 1e-9);
        assertEquals(300, screenX(worldX), 1e-9);
        assertEquals(200, screenY(worldY), 1e-9);
    }

    @Test
    void zoomStaysWithinLimits() {
        for (int i = 0; i < 40; i++) {
            viewport.zoomOut();
        }
        assertEquals(ViewportModel.MIN_SCALE, viewport.getScale(), 1e-9);
        for (int i = 0; i < 60; i++) {
            viewport.zoomIn();
        }
        assertEquals(ViewportModel.MAX_SCALE, viewport.getScale(), 1e-9);
    }

    @Test
    void fitShowsAllOfALargeDrawingCentred() {
        viewport.setContentBounds(() -> new Rect(100, 100, 2100, 1100));

        viewport.fit();

        assertTrue(screenX(100) >= 0 && screenX(2100) <= 800);
        assertTrue(screenY(100) >= 0 && screenY(1100) <= 600);
        assertEquals(400, screenX(1100), 1e-6);
        assertEquals(300, screenY(600), 1e-6);
    }

    @Test
    void fitRefitsWhenTheWindowResizesUntilTheUserZooms() {
        viewport.setContentBounds(() -> new Rect(0, 0, 1000, 1000));
        viewport.fit();
        double fitted = viewport.getScale();

        viewport.viewportHeightProperty().set(300);
        assertTrue(viewport.getScale() < fitted);
        assertTrue(viewport.isFitted());

        viewport.zoomIn();
        double zoomed = viewport.getScale();
        viewport.viewportHeightProperty().set(900);
        assertEquals(zoomed, viewport.getScale(), 1e-9);
        assertFalse(viewport.isFitted());
    }
}
