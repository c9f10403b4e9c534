package org.actorgraph.io;

/**
 * An immutable JSON path from the document root, written the way problems show it:
 * {@code $.articles[0].relations[3].source}. Field names that are not plain identifiers are
 * written in brackets, {@code $['odd name']}, so that every path stays unambiguous.
 *
 * <p>A path is made for every field and element read but written out only for a problem, so a step
 * keeps its field name or index and is turned into text in {@link #toString()}.
 */
final class JsonPath {

    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    /** The field name of this step, or null for an array index (and for the root). */
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    JsonPath field(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath index(int index) {
        return new JsonPath(this, null, index);
    }

    /** Whether the name matches {@code [A-Za-z_][A-Za-z0-9_]*}. */
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

    private void appendTo(StringBuilder out) {
        if (parent == null) {
            out.append('$');
            return;
        }
        parent.appendTo(out);
        if (name == null) {
            out.append('[').append(index).append(']');
        } else if (isIdentifier(name)) {
            out.append('.').append(name);
        } else {
            out.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        appendTo(out);
        return out.toString();
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
