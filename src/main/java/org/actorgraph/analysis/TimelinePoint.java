package org.actorgraph.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day on the {@link Timeline}: the first day of the periods of some claims, and how many.
 *
 * @param date the first day of the claims' period (a month or a year starts on its first day)
 * @param claims how many claims are placed at that day
 */
public record TimelinePoint(LocalDate date, int claims) {

    public TimelinePoint {
        Objects.requireNonNull(date, "date");
        if (claims < 1) {
            throw new IllegalArgumentException("a timeline point holds at least one claim, was " + claims);
        }
    }
}
