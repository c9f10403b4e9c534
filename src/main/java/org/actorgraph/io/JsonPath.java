package org.actorgraph.io;

/**
 * An immutable JSON path from the document root, written the way problems show it:
 * {@code $.articles[0].relations[3].source}. Field names that are not plain identifiers are
 * written in brackets, {@code $['odd name']}, so that every path stays unambiguous.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, "$");

    private final JsonPath parent;
    private final String segment;

    private JsonPath(JsonPath parent, String segment) {
        this.parent = parent;
        this.segment = segment;
    }

    JsonPath field(String name) {
        if (isIdentifier(name)) {
            return new JsonPath(this, "." + name);
        }
        String escaped = name.replace("\\", "\\\\").replace("'", "\\'");
        return new JsonPath(this, "['" + escaped + "']");
    }

    /** Whether the name matches {@code [A-Za-z_][A-Za-z0-9_]*}; called for every field read. */
    private static boolean isIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_';
            if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
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
