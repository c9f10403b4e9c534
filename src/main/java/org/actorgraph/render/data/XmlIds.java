package org.actorgraph.render.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Unique GraphML ids: GraphML's schema types ids as NMTOKEN (letters, digits, '.', '-', '_', ':'),
 * which actor ids and the '|' of aggregated edge ids need not be. Other characters become '_'; a
 * clash gets a numeric suffix. The same sequence of requests always gives the same ids.
 */
final class XmlIds {

    private final Map<String, String> assigned = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    String of(String id) {
        String existing = assigned.get(id);
        if (existing != null) {
            return existing;
        }
        StringBuilder token = new StringBuilder();
        id.codePoints().forEach(cp -> token.appendCodePoint(
                Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_' || cp == ':' ? cp : '_'));
        if (token.isEmpty()) {
            token.append('_');
        }
        String candidate = token.toString();
        for (int n = 2; !used.add(candidate); n++) {
            candidate = token + "_" + n;
        }
        assigned.put(id, candidate);
        return candidate;
    }
}
