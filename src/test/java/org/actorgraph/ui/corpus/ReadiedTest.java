package org.actorgraph.ui.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReadiedTest {

    private final Object corpus = new Object();
    private final Object another = new Object();
    private final Readied<Object, String> readied = new Readied<>();

    @Test
    void onlyItsOwnKeyTakesAValueAndOnlyOnce() {
        readied.set(corpus, "story");

        assertNull(readied.take(another), "worked out for another corpus");
        assertNull(readied.take(null));
        assertEquals("story", readied.take(corpus), "still there for its own");
        assertNull(readied.take(corpus), "taken");
    }

    @Test
    void aNewerValueReplacesTheOlder() {
        readied.set(another, "old");
        readied.set(corpus, "new");

        assertNull(readied.take(another));
        assertEquals("new", readied.take(corpus));
    }
}
