package org.actorgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who makes a claim (an outlet, an official, a government, experts) and, optionally, the cue in
 * the text that attributes it ("said", "according to").
 *
 * @param by the claimant as named in or implied by the article
 * @param cue the span of the attribution cue, or null
 */
public record Attribution(String by, TextSpan cue) {

    public Attribution {
        Objects.requireNonNull(by, "by");
    }

    /** The cue span, if the annotation marks one. */
    public Optional<TextSpan> cueSpan() {
        return Optional.ofNullable(cue);
    }
}
