package org.actorgraph.ui.corpus;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A value worked out ahead on the thread that opens a corpus (see
 * {@link CorpusSession#prepareInBackground}), for one key: that corpus, or its graph. Only that
 * same key takes it; asked for by any other, it stays for its own. A newer value replaces an older
 * one. Safe to use from any thread.
 *
 * @param <K> what the value was worked out for, compared by identity
 * @param <V> the value
 */
public final class Readied<K, V> {

    private record Entry<K, V>(K key, V value) { }

    private final AtomicReference<Entry<K, V>> entry = new AtomicReference<>();

    /** Keeps {@code value}, worked out for {@code key}, until that key takes it. */
    public void set(K key, V value) {
        entry.set(new Entry<>(key, value));
    }

    /** The value worked out for this very key, which is taken; null when there is none. */
    public V take(K key) {
        Entry<K, V> ready = entry.get();
        if (ready == null || key == null || ready.key() != key) {
            return null;
        }
        entry.compareAndSet(ready, null);
        return ready.value();
    }
}
