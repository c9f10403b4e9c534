package org.actorgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A news article with its full text and the actor mentions annotated in it. Relations stated in
 * the article point back to it by id. Identity is the {@code id} alone.
 *
 * @param id stable identifier, unique in a corpus
 * @param title headline or a descriptive title
 * @param outlet publisher, or null when unknown
 * @param date publication date (to the precision known), or null
 * @param url where it was published, or null
 * @param text the full text; all spans index into it
 * @param mentions where actors are named (never null)
 */
public record Article(String id, String title, String outlet, DatePeriod date, String url, String text,
                      List<Mention> mentions) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** The publication date, if known. */
    public Optional<DatePeriod> publicationDate() {
        return Optional.ofNullable(date);
    }

    /** The text covered by a span of this article. */
    public String quote(TextSpan span) {
        return span.of(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return title;
    }
}
