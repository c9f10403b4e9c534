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
 * @param provenance the file and tool an importer took the article from, or null
 * @param notes annotators' remarks on the article as a whole (never null)
 */
public record Article(String id, String title, String outlet, DatePeriod date, String url, String text,
                      List<Mention> mentions, Provenance provenance, List<String> notes) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** An article written directly in the corpus format: no provenance, no notes. */
    public Article(String id, String title, String outlet, DatePeriod date, String url, String text,
                   List<Mention> mentions) {
        this(id, title, outlet, date, url, text, mentions, null, List.of());
    }

    /** Where an importer took the article from, if it was imported. */
    public Optional<Provenance> origin() {
        return Optional.ofNullable(provenance);
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
