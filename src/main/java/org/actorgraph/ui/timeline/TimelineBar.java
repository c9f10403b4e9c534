package org.actorgraph.ui.timeline;

import javafx.animation.KeyFrame;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The bar under the graph: Play/Pause, a slider over the dates of the relations, the chosen date,
 * the number of undated claims and whether they are shown. Binds to {@link TimelineViewModel}.
 */
public final class TimelineBar extends HBox {

    /** How long each date stays on screen while playing. */
    static final Duration PER_DATE = Duration.seconds(1);

    private final javafx.animation.Timeline animation = new javafx.animation.Timeline();
    private static final double SLIDER_MIN = 60;
    /**
     * The least room, in pixels, between two dates' tick marks: closer than that they blur into a
     * grey band, and each one is a node of its own (a corpus of 10,000 articles has thousands).
     */
    static final double TICK_SPACING = 6;
    private final Slider slider = new Slider(0, 1, 0);
    private final Button play = new Button("▶ Play");
    private final Label date = new Label();
    private final Label undated = new Label();
    private final CheckBox showUndated = new CheckBox("show undated");
    // The widest the date has been for this corpus: it keeps that width while it plays, so the
    // slider does not shift from one date to the next.
    private double dateWidth;

    public TimelineBar(TimelineViewModel viewModel) {
        getStyleClass().add("timeline-bar");
        setId("timeline-bar");
        play.setId("timeline-play");
        play.setFocusTraversable(false);
        play.setTooltip(new Tooltip("Grow the graph date by date, one second each"));
        play.setOnAction(e -> viewModel.togglePlay());
        viewModel.playingProperty().addListener((obs, was, now) -> play.setText(now ? "❚❚ Pause" : "▶ Play"));

        slider.setId("timeline-slider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true); // while they stand apart: see layoutChildren()
        slider.setTooltip(new Tooltip("What was reported up to a date"));
        slider.maxProperty().bind(viewModel.lastPositionProperty());
        slider.setValue(viewModel.positionProperty().get());
        slider.valueProperty().addListener((obs, old, now) -> {
            int i = (int) Math.round(now.doubleValue());
            if (i != viewModel.positionProperty().get()) {
                viewModel.positionProperty().set(i);
            }
        });
        viewModel.positionProperty().addListener((obs, old, now) -> {
            if (Math.round(slider.getValue()) != now.intValue()) {
                slider.setValue(now.intValue());
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);

        date.setId("timeline-date");
        date.getStyleClass().add("timeline-date");
        date.textProperty().bind(viewModel.dateTextProperty());
        undated.getStyleClass().add("timeline-undated");
        undated.textProperty().bind(viewModel.undatedTextProperty());
        showUndated.setId("timeline-undated");
        showUndated.setTooltip(new Tooltip("Claims without a date: always shown, or hidden"));
        showUndated.selectedProperty().bindBidirectional(viewModel.showUndatedProperty());
        showUndated.setFocusTraversable(false);
        play.setMinWidth(Region.USE_PREF_SIZE);
        showUndated.setMinWidth(Region.USE_PREF_SIZE);
        slider.setMinWidth(SLIDER_MIN);
        getChildren().addAll(play, slider, date, undated, showUndated);
        // Its parts decide what fits (layoutChildren), so the bar never holds the graph area wide.
        setMinWidth(0);
        // Measured again for another corpus, or type of another size (presenting).
        viewModel.lastPositionProperty().addListener((obs, old, now) -> dateWidth = 0);
        date.fontProperty().addListener((obs, old, now) -> dateWidth = 0);
        disableProperty().bind(viewModel.availableProperty().not());

        animation.getKeyFrames().add(new KeyFrame(PER_DATE, e -> viewModel.advance()));
        animation.setCycleCount(javafx.animation.Animation.INDEFINITE);
        viewModel.playingProperty().addListener((obs, was, now) -> {
            if (now) {
                animation.playFromStart();
            } else {
                animation.stop();
            }
        });
    }

    // In a narrow graph area the note on undated claims goes first, then the check box, then the
    // date's steady width: Play, a short slider and the date (perhaps ending in "…") stay.
    @Override
    protected void layoutChildren() {
        dateWidth = Math.max(dateWidth, date.prefWidth(-1));
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        double core = play.prefWidth(-1) + SLIDER_MIN + dateWidth + 2 * getSpacing();
        boolean box = room >= core + getSpacing() + showUndated.prefWidth(-1);
        boolean note = box && room >= core + 2 * getSpacing() + showUndated.prefWidth(-1) + undated.prefWidth(-1);
        showUndated.setVisible(box);
        showUndated.setManaged(box);
        undated.setVisible(note);
        undated.setManaged(note);
        date.setMinWidth(room >= core ? dateWidth : 0);
        super.layoutChildren();
        // A tick mark per date, while they stand apart; snapping to dates does not need them.
        boolean apart = slider.getWidth() >= TICK_SPACING * Math.max(1, slider.getMax() - slider.getMin());
        if (slider.isShowTickMarks() && !apart) {
            // The bar keeps the height it had with them: the graph above does not move.
            slider.setMinHeight(slider.getHeight());
        }
        slider.setShowTickMarks(apart);
    }
}
