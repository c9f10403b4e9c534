package org.actorgraph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A date known to a given precision, or a period between two such dates. Written as ISO 8601
 * text: {@code 2023}, {@code 2023-09}, {@code 2023-09-10} or a range {@code 2023-09-10/2023-09-13}.
 * News rarely gives exact days, so a month or a year is a first-class value here.
 *
 * @param first the first day the period covers
 * @param last the last day the period covers (inclusive)
 * @param text the ISO text it was written as
 */
public record DatePeriod(LocalDate first, LocalDate last, String text) implements Comparable<DatePeriod> {

    public DatePeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(text, "text");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("period ends before it starts: " + text);
        }
    }

    /**
     * Parses ISO text in one of the forms named in the class comment.
     *
     * @return the period, or empty if the text is not in one of those forms
     */
    public static Optional<DatePeriod> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        try {
            if (slash < 0) {
                LocalDate[] bounds = bounds(trimmed);
                return Optional.of(new DatePeriod(bounds[0], bounds[1], trimmed));
            }
            LocalDate[] from = bounds(trimmed.substring(0, slash));
            LocalDate[] to = bounds(trimmed.substring(slash + 1));
            if (to[1].isBefore(from[0])) {
                return Optional.empty();
            }
            return Optional.of(new DatePeriod(from[0], to[1], trimmed));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate[] bounds(String part) {
        switch (part.length()) {
            case 4 -> {
                int year = Integer.parseInt(part);
                return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            }
            case 7 -> {
                YearMonth month = YearMonth.parse(part);
                return new LocalDate[] {month.atDay(1), month.atEndOfMonth()};
            }
            case 10 -> {
                LocalDate day = LocalDate.parse(part);
                return new LocalDate[] {day, day};
            }
            default -> throw new DateTimeParseException("not an ISO date", part, 0);
        }
    }

    /** Orders by first day, then by last day. */
    @Override
    public int compareTo(DatePeriod o) {
        int byFirst = first.compareTo(o.first);
        return byFirst != 0 ? byFirst : last.compareTo(o.last);
    }

    @Override
    public String toString() {
        return text;
    }
}
