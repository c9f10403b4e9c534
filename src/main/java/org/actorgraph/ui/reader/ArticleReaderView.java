package org.actorgraph.ui.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One article in the reader: its header and its full text, in which evidence is highlighted
 * (strongly for what the reader was opened for, lightly for other relations' evidence). Clicking
 * highlighted text selects its relation. Highlights are drawn as shapes behind the text, so they
 * follow the wrapped lines.
 */
final class ArticleReaderView extends BorderPane {

    private final ReaderDocument document;
    private final TextFlow flow = new TextFlow();
    private final Pane marks = new Pane();
    private final ScrollPane scroll;
    private boolean scrolled;

    ArticleReaderView(ReaderDocument document, ReaderViewModel viewModel) {
        this.document = document;
        getStyleClass().add("reader");
        Label title = new Label(document.article().title());
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        Label source = new Label(document.source());
        source.getStyleClass().add("reader-source");
        long passages = document.focus().stream().distinct().count();
        Label subject = new Label("Highlighted: " + document.subject() + "  ·  " + passages
                + (passages == 1 ? " passage" : " passages") + ". Click any marked text to select its relation.");
        subject.getStyleClass().add("reader-subject");
        subject.setWrapText(true);
        VBox header = new VBox(2, title, source, subject);
        header.getStyleClass().add("reader-header");
        setTop(header);

        List<Text> runs = new ArrayList<>();
        for (ReaderSegment segment : document.segments()) {
            Text run = new Text(segment.text());
            run.getStyleClass().add("reader-text");
            run.setUserData(segment);
            if (segment.focused()) {
                run.getStyleClass().add("reader-focus");
            }
            if (segment.isEvidence()) {
                run.getStyleClass().add("reader-evidence");
                run.setCursor(Cursor.HAND);
                run.setOnMouseClicked(e -> viewModel.click(segment));
                segment.pick().ifPresent(r -> Tooltip.install(run, new Tooltip(r.type().label() + ": "
                        + r.source().name() + " → " + r.target().name() + "\nClick to select")));
            }
            runs.add(run);
        }
        flow.getChildren().setAll(runs);
        flow.getStyleClass().add("reader-flow");
        flow.setLineSpacing(5);
        marks.setMouseTransparent(true);
        marks.setManaged(false);
        StackPane page = new StackPane(marks, flow);
        page.setAlignment(Pos.TOP_LEFT);
        page.getStyleClass().add("reader-page");
        page.setMaxWidth(760);
        StackPane centred = new StackPane(page);
        centred.setAlignment(Pos.TOP_CENTER);
        centred.getStyleClass().add("reader-background");
        scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("reader-scroll");
        setCenter(scroll);
        flow.layoutBoundsProperty().addListener((obs, old, now) -> redrawMarks());
        flow.setMinHeight(Region.USE_PREF_SIZE);
    }

    // Highlight shapes behind the text, one per evidence segment, recomputed when lines rewrap.
    private void redrawMarks() {
        List<Path> paths = new ArrayList<>();
        for (ReaderSegment segment : document.segments()) {
            if (!segment.isEvidence() || segment.text().isBlank()) {
                continue;
            }
            PathElement[] shape = flow.rangeShape(segment.start(), segment.end());
            Path path = new Path(shape);
            path.getStyleClass().add(segment.focused() ? "reader-mark-focus" : "reader-mark");
            path.setLayoutX(flow.getLayoutX());
            path.setLayoutY(flow.getLayoutY());
            paths.add(path);
        }
        marks.getChildren().setAll(paths);
        if (!scrolled && flow.getHeight() > 0) {
            scrolled = true;
            javafx.application.Platform.runLater(this::scrollToFirst);
        }
    }

    /** Scrolls so that the first highlighted passage is in view, a little below the top. */
    void scrollToFirst() {
        int first = document.firstFocused();
        if (first < 0) {
            return;
        }
        ReaderSegment segment = document.segments().get(first);
        Bounds bounds = new Path(flow.rangeShape(segment.start(), segment.end())).getBoundsInLocal();
        Point2D inContent = scroll.getContent().sceneToLocal(flow.localToScene(0, bounds.getMinY()));
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (inContent == null || contentHeight <= viewport) {
            return;
        }
        double target = Math.max(0, inContent.getY() - 60);
        scroll.setVvalue(Math.min(1, target / (contentHeight - viewport)));
    }

    ReaderDocument document() {
        return document;
    }

    /** Where on screen the first characters of a phrase of the article are; for tests. */
    Optional<Point2D> screenPointOf(String phrase) {
        int at = document.article().text().indexOf(phrase);
        if (at < 0) {
            return Optional.empty();
        }
        Bounds b = new Path(flow.rangeShape(at, at + Math.min(4, phrase.length()))).getBoundsInLocal();
        return Optional.ofNullable(flow.localToScreen(b.getCenterX(), b.getCenterY()));
    }

    /** Whether the article's text at this phrase is scrolled into view; for tests. */
    boolean isInView(String phrase) {
        return screenPointOf(phrase).map(p -> {
            Bounds viewport = scroll.localToScreen(scroll.getBoundsInLocal());
            return viewport != null && viewport.contains(p);
        }).orElse(false);
    }
}
