package org.actorgraph.model;

import java.util.Objects;

/**
 * Where an imported article came from: the annotation tool or data set and the file it was read from.
 *
 * @param tool the tool or data set, for example {@code "brat"}, {@code "doccano"}, {@code "gdelt"}
 * @param file the file name the article was read from
 */
public record Provenance(String tool, String file) {
    public Provenance {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(file, "file");
    }
}
