package org.actorgraph.io;

import java.util.regex.Pattern;

/**
 * An immutable JSON path from the document root, written the way problems show it:
 * {@code $.articles[0].relations[3].source}. Field names that are not plain identifiers are
 * written in brackets, {@code $['odd name']}, so that every path stays unambiguous.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, "$");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonPath parent;
    private final String segment;

    private JsonPath(JsonPath parent, String segment) {
        this.parent = parent;
        this.segment = segment;
    }

    JsonPath field(String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return new JsonPath(this, "." + name);
        }
        String escaped = name.replace("\\", "\\\\").replace("'", "\\'");
        return new JsonPath(this, "['" + escaped + "']");
    }

    JsonPath index(int index) {
        return new JsonPath(this, "[" + index + "]");
    }

    @Override
    public String toString() {
        return parent == null ? segment : parent + segment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPath other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
