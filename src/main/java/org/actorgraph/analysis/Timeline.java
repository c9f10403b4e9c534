package org.actorgraph.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.actorgraph.model.Corpus;
import org.actorgraph.model.DatePeriod;
import org.actorgraph.model.FilterCriteria;
import org.actorgraph.model.Relation;

/**
 * When the claims of a corpus are placed in time. A claim is placed by its own date, else by its
 * article's publication date ({@link GraphFilter#periodOf}); relative dates ("a year ago") are
 * resolved by the annotator against the article date, so a claim's date is already absolute. A point
 * is the first day of a period: "2023-09" counts at 2023-09-01. Immutable.
 */
public final class Timeline {

    private final List<TimelinePoint> points;
    private final int undatedClaims;

    private Timeline(List<TimelinePoint> points, int undatedClaims) {
        this.points = List.copyOf(points);
        this.undatedClaims = undatedClaims;
    }

    /** The timeline of every claim of {@code corpus}. */
    public static Timeline of(Corpus corpus) {
        return of(corpus, corpus.relations());
    }

    /** The timeline of some claims of {@code corpus}, such as those of a filtered graph. */
    public static Timeline of(Corpus corpus, List<Relation> claims) {
        Objects.requireNonNull(corpus, "corpus");
        Map<LocalDate, Integer> counts = new TreeMap<>();
        int undated = 0;
        for (Relation claim : claims) {
            Optional<DatePeriod> period = GraphFilter.periodOf(claim, corpus);
            if (period.isPresent()) {
                counts.merge(period.get().first(), 1, Integer::sum);
            } else {
                undated++;
            }
        }
        List<TimelinePoint> points = new ArrayList<>();
        counts.forEach((date, count) -> points.add(new TimelinePoint(date, count)));
        return new Timeline(points, undated);
    }

    /** The distinct first days of the claims' periods, earliest first, with how many claims each. */
    public List<TimelinePoint> points() {
        return points;
    }

    /** How many claims have neither a date nor an article date. */
    public int undatedClaims() {
        return undatedClaims;
    }

    /** How many claims are placed in time. */
    public int datedClaims() {
        return points.stream().mapToInt(TimelinePoint::claims).sum();
    }

    /** The earliest point's day, if any claim is dated. */
    public Optional<LocalDate> first() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(0).date());
    }

    /** The latest point's day, if any claim is dated. */
    public Optional<LocalDate> last() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1).date());
    }

    /**
     * What was known up to {@code date}: {@code base} with its period ending on {@code date} (its
     * start unchanged) and undated claims kept only if {@code showUndated}. A claim whose period starts
     * on or before that day is shown ({@link GraphFilter}).
     *
     * @throws IllegalArgumentException if {@code date} is before {@code base}'s first day
     */
    public FilterCriteria upTo(FilterCriteria base, LocalDate date, boolean showUndated) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(date, "date");
        return base.withPeriod(base.from(), date, showUndated);
    }
}
