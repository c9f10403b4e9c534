package org.actorgraph.ui.details;

import java.util.Locale;

/**
 * One line of the relations listed in an actor's details: the heading of a relation type, a
 * relation of that type, the offer to list more of them, or a note in place of the list.
 */
public sealed interface RelationRow {

    /** The heading of one relation type, above its relations. */
    record Heading(String group) implements RelationRow {
    }

    /** One relation, selectable. */
    record Link(RelationLink link) implements RelationRow {
    }

    /**
     * The relations of a type not listed yet, at the end of that type's list.
     *
     * @param group the relation type's heading
     * @param hidden how many of its relations are not listed
     * @param next how many "Show more" lists
     */
    record More(String group, int hidden, int next) implements RelationRow {

        /** "Show 50 more (1,477 not listed)", or "Show 12 more" for the last of them. */
        public String text() {
            return next == hidden ? "Show " + next + " more"
                    : String.format(Locale.ENGLISH, "Show %d more (%,d not listed)", next, hidden);
        }
    }

    /** Said in place of the list: that it is on its way, or why it is missing. */
    record Note(String text) implements RelationRow {

        /** "Listing 9,079 relations…" */
        public static String listing(int relations) {
            return String.format(Locale.ENGLISH, "Listing %,d relations…", relations);
        }
    }
}
