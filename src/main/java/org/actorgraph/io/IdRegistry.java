package org.actorgraph.io;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ids defined in one section of a corpus (actors, relation types, articles or relations), with
 * where each was first defined: it reports duplicates and checks references against the ids.
 */
final class IdRegistry {

    /** Below this many ids, an unknown reference lists them all; above, it only suggests one. */
    private static final int LISTED_IDS = 8;

    private final String what;
    private final String section;
    private final Problems problems;
    private final Map<String, JsonPath> firstDefinition = new LinkedHashMap<>();
    private boolean complete = true;

    /**
     * @param what what the ids name, for messages, e.g. "actor"
     * @param section the JSON path of the section that defines them, e.g. "$.actors"
     */
    IdRegistry(String what, String section, Problems problems) {
        this.what = what;
        this.section = section;
        this.problems = problems;
    }

    /**
     * Records an id defined at {@code at} (the path of its {@code id} field).
     *
     * @return false, after reporting, if the id was already defined
     */
    boolean define(String id, JsonPath at) {
        JsonPath first = firstDefinition.putIfAbsent(id, at);
        if (first != null) {
            problems.error(at, "duplicate " + what + " id " + Describe.quote(id) + ": it is already used at "
                    + first + " (ids must be unique)");
            return false;
        }
        return true;
    }

    /**
     * Marks the section as unreadable (absent or not an array). References are then not checked,
     * because every one of them would be reported as unknown and hide the real problem.
     */
    void markIncomplete() {
        complete = false;
    }

    boolean contains(String id) {
        return firstDefinition.containsKey(id);
    }

    /**
     * Checks a reference to an id of this registry.
     *
     * @return false, after reporting, if the id is not defined
     */
    boolean checkReference(String id, JsonPath at) {
        if (!complete || contains(id)) {
            return true;
        }
        StringBuilder message = new StringBuilder("unknown ").append(what).append(" id ").append(Describe.quote(id))
                .append(" (expected one of the ids in ").append(section);
        if (firstDefinition.isEmpty()) {
            message.append(", which defines none");
        } else if (firstDefinition.size() <= LISTED_IDS) {
            message.append(": ").append(firstDefinition.keySet().stream().map(Describe::quote)
                    .collect(Collectors.joining(", ")));
        }
        message.append(')');
        Suggestions.closest(id, firstDefinition.keySet())
                .ifPresent(s -> message.append("; did you mean ").append(Describe.quote(s)).append('?'));
        problems.error(at, message.toString());
        return false;
    }
}
