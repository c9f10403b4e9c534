package org.actorgraph.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.actorgraph.analysis.AggregatedGraph;
import org.actorgraph.analysis.Timeline;
import org.actorgraph.analysis.TimelinePoint;
import org.actorgraph.io.CancellationToken;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.corpus.LoadedCorpus;
import org.actorgraph.ui.corpus.Readied;

/**
 * The timeline under the graph: a position among the dates on which relations were reported, and
 * the graph shows what was known up to that day. It writes only the end of the filter's period
 * ({@code to}) and whether undated claims stay, so the date-range filter and the timeline are two
 * views of the same criteria: moving either moves the other. At the last date nothing is cut.
 */
public final class TimelineViewModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final CorpusSession session;
    // The timeline of a corpus being opened, worked out by the thread that opens it (prepare()).
    private final Readied<Corpus, Timeline> prepared = new Readied<>();
    private final IntegerProperty position = new SimpleIntegerProperty(this, "position");
    private final ReadOnlyIntegerWrapper lastPosition = new ReadOnlyIntegerWrapper(this, "lastPosition");
    private final BooleanProperty showUndated = new SimpleBooleanProperty(this, "showUndated", true);
    private final ReadOnlyStringWrapper dateText = new ReadOnlyStringWrapper(this, "dateText", "");
    private final ReadOnlyStringWrapper undatedText = new ReadOnlyStringWrapper(this, "undatedText", "");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private Timeline timeline;
    private List<TimelinePoint> points = List.of();
    private int undated;
    private boolean syncing;

    public TimelineViewModel(CorpusSession session) {
        this.session = Objects.requireNonNull(session);
        // The same corpus saved under another name keeps its timeline, playing or not.
        session.whenAnotherCorpus(this::corpusChanged);
        session.criteriaProperty().addListener((obs, old, now) -> follow());
        position.addListener((obs, old, now) -> {
            if (!syncing) {
                apply();
            }
            describe();
        });
        showUndated.addListener((obs, old, now) -> {
            if (!syncing) {
                apply();
            }
        });
        corpusChanged();
    }

    private Timeline timelineOf(Corpus corpus) {
        Timeline ready = prepared.take(corpus);
        return ready != null ? ready : Timeline.of(corpus);
    }

    /**
     * Works out the dates of a graph's corpus about to be shown, on the thread that opens it: for
     * 10,000 articles that takes some 50 milliseconds the window would otherwise spend frozen.
     * Safe to call from any thread.
     */
    public void prepare(AggregatedGraph graph, CancellationToken cancel) {
        prepared.set(graph.corpus(), Timeline.of(graph.corpus()));
    }

    private void corpusChanged() {
        LoadedCorpus loaded = session.getCorpus();
        stop();
        if (loaded == null) {
            timeline = null;
            points = List.of();
            undated = 0;
        } else {
            timeline = timelineOf(loaded.corpus());
            points = List.copyOf(timeline.points());
            undated = timeline.undatedClaims();
        }
        lastPosition.set(Math.max(0, points.size() - 1));
        available.set(!points.isEmpty());
        undatedText.set(undated == 0 ? "no undated claims"
                : undated + (undated == 1 ? " undated claim" : " undated claims"));
        follow();
    }

    // The criteria changed (the filter panel, undo, a saved view): the timeline shows their end.
    private void follow() {
        FilterCriteria criteria = session.getCriteria();
        syncing = true;
        try {
            showUndated.set(criteria.keepUndated());
            position.set(positionOf(criteria.to()));
        } finally {
            syncing = false;
        }
        describe();
    }

    private int positionOf(LocalDate to) {
        if (to == null || points.isEmpty()) {
            return lastPosition.get();
        }
        int at = 0;
        for (int i = 0; i < points.size(); i++) {
            if (!points.get(i).date().isAfter(to)) {
                at = i;
            }
        }
        return at;
    }

    // Up to the chosen day; at the last day with undated claims shown, no bound at all.
    private void apply() {
        if (points.isEmpty() || timeline == null) {
            return;
        }
        FilterCriteria base = session.getCriteria();
        int i = Math.max(0, Math.min(points.size() - 1, position.get()));
        boolean atEnd = i == points.size() - 1;
        LocalDate to = atEnd && showUndated.get() ? null : points.get(i).date();
        if (to != null && base.from() != null && to.isBefore(base.from())) {
            to = base.from();
        }
        FilterCriteria next = to == null ? base.withPeriod(base.from(), null, showUndated.get())
                : timeline.upTo(base, to, showUndated.get());
        session.criteriaProperty().set(next);
    }

    private void describe() {
        if (points.isEmpty()) {
            dateText.set("No dated relations");
            return;
        }
        int i = Math.max(0, Math.min(points.size() - 1, position.get()));
        TimelinePoint point = points.get(i);
        dateText.set("Up to " + DAY.format(point.date()) + "  (" + (i + 1) + " of " + points.size() + ")");
    }

    /** Moves one date on; at the last date playing stops. Called by the play animation. */
    public boolean advance() {
        if (position.get() >= lastPosition.get()) {
            stop();
            return false;
        }
        position.set(position.get() + 1);
        if (position.get() >= lastPosition.get()) {
            stop();
        }
        return true;
    }

    /** Plays from the current date, or from the first when at the end. */
    public void play() {
        if (points.size() < 2) {
            return;
        }
        if (position.get() >= lastPosition.get()) {
            position.set(0);
        }
        playing.set(true);
    }

    /** Pauses playing where it is. */
    public void stop() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            stop();
        } else {
            play();
        }
    }

    /** The chosen date as an index into {@link #points()}. */
    public IntegerProperty positionProperty() {
        return position;
    }

    /** The last index, for the slider's maximum. */
    public ReadOnlyIntegerProperty lastPositionProperty() {
        return lastPosition.getReadOnlyProperty();
    }

    /** Whether claims without a date stay shown whatever the date. */
    public BooleanProperty showUndatedProperty() {
        return showUndated;
    }

    /** "Up to 13 Sep 2023 (3 of 5)". */
    public ReadOnlyStringProperty dateTextProperty() {
        return dateText.getReadOnlyProperty();
    }

    /** "2 undated claims". */
    public ReadOnlyStringProperty undatedTextProperty() {
        return undatedText.getReadOnlyProperty();
    }

    /** Whether the corpus has dated relations to move through. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Whether the animation is running. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The dates with the number of claims first reported on each. */
    public List<TimelinePoint> points() {
        return points;
    }
}
