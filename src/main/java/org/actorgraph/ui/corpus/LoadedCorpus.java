package org.actorgraph.ui.corpus;

import java.util.Objects;
import org.actorgraph.model.Corpus;

/** A corpus that loaded without errors, and where it came from. */
public record LoadedCorpus(Corpus corpus, CorpusSource source) {
    public LoadedCorpus {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Whether {@code now} holds another corpus than {@code old}, not the same one from another
     * place (saved under a new name).
     */
    static boolean isAnother(LoadedCorpus old, LoadedCorpus now) {
        return old == null || now == null || old.corpus() != now.corpus();
    }
}
