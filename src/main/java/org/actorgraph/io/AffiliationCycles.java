package org.actorgraph.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds actors that belong to themselves through a chain of affiliations. Persons are rolled up
 * into the actor they belong to, so a cycle would leave the roll-up without an end.
 */
final class AffiliationCycles {

    private AffiliationCycles() {
    }

    /**
     * Reports each cycle once, at the {@code affiliation} field of its member that comes first in
     * the file.
     *
     * @param affiliations actor id to the id it is affiliated with, in file order
     * @param paths actor id to the path of its {@code affiliation} field
     */
    static void report(Map<String, String> affiliations, Map<String, JsonPath> paths, Problems problems) {
        List<String> fileOrder = new ArrayList<>(affiliations.keySet());
        Set<String> finished = new HashSet<>();
        for (String start : fileOrder) {
            List<String> chain = new ArrayList<>();
            String current = start;
            while (current != null && !finished.contains(current) && !chain.contains(current)) {
                chain.add(current);
                current = affiliations.get(current);
            }
            if (current != null && chain.contains(current)) {
                List<String> cycle = chain.subList(chain.indexOf(current), chain.size());
                reportCycle(rotateToFirstInFile(cycle, fileOrder), paths, problems);
            }
            finished.addAll(chain);
        }
    }

    private static List<String> rotateToFirstInFile(List<String> cycle, List<String> fileOrder) {
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (fileOrder.indexOf(cycle.get(i)) < fileOrder.indexOf(cycle.get(first))) {
                first = i;
            }
        }
        List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
        rotated.addAll(cycle.subList(0, first));
        return rotated;
    }

    private static void reportCycle(List<String> cycle, Map<String, JsonPath> paths, Problems problems) {
        String chain = cycle.stream().map(Describe::quote).collect(Collectors.joining(" → "))
                + " → " + Describe.quote(cycle.get(0));
        String message = cycle.size() == 1
                ? "actor " + Describe.quote(cycle.get(0)) + " is affiliated with itself: expected the id of another actor"
                : "affiliation cycle " + chain + ": an actor cannot belong to itself, directly or through others";
        problems.error(paths.get(cycle.get(0)), message);
    }
}
