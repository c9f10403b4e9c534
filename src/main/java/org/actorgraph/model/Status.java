package org.actorgraph.model;

import java.util.Locale;
import java.util.Optional;

/** The status of a claimed relation, as the article presents it. */
public enum Status {
    REPORTED(Certainty.REPORTED),
    PLANNED(Certainty.INTENDED),
    EXPECTED(Certainty.INTENDED),
    PROPOSED(Certainty.INTENDED),
    ALLEGED(Certainty.SPECULATIVE),
    SPECULATIVE(Certainty.SPECULATIVE),
    DENIED(Certainty.DENIED);

    private final Certainty certainty;
    private final String jsonName;

    Status(Certainty certainty) {
        this.certainty = certainty;
        this.jsonName = name().toLowerCase(Locale.ROOT);
    }

    /** The certainty group that decides how the relation is drawn. */
    public Certainty certainty() {
        return certainty;
    }

    /** The lower-case name used in corpus files, for example {@code "expected"}. */
    public String jsonName() {
        return jsonName;
    }

    /**
     * Parses a status as written in a corpus file. {@code "asserted"} is accepted as a synonym of
     * {@code "reported"} because annotation tools use both words.
     *
     * @return the status, or empty when the name is unknown
     */
    public static Optional<Status> fromJsonName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.trim().toLowerCase(Locale.ROOT);
        if (key.equals("asserted")) {
            return Optional.of(REPORTED);
        }
        for (Status status : values()) {
            if (status.jsonName.equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
