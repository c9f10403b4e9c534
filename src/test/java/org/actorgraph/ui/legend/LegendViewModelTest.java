package org.actorgraph.ui.legend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.actorgraph.model.Certainty;
import org.actorgraph.ui.corpus.CorpusSession;
import org.actorgraph.ui.support.RecordingDialogService;
import org.actorgraph.ui.support.TestCorpora;
import org.junit.jupiter.api.Test;

class LegendViewModelTest {

    @Test
    void listsOnlyTheTypesAndCertaintiesThatAreDrawn() {
        CorpusSession session = TestCorpora.openSession(new RecordingDialogService());
        LegendViewModel legend = new LegendViewModel(session);

        assertEquals(List.of("Arms supply", "Technology transfer", "Visit", "Warning", "Invasion", "Aid"),
                legend.types().stream().map(LegendEntry::label).toList());
        assertEquals("#D62728", legend.types().get(0).color());
        assertEquals(List.of(Certainty.REPORTED, Certainty.INTENDED, Certainty.SPECULATIVE, Certainty.DENIED),
                legend.certainties().stream().map(LegendEntry.CertaintyEntry::certainty).toList());
    }

    @Test
    void isEmptyUntilACorpusOpensAndFillsWhenItDoes() {
        CorpusSession session = TestCorpora.session(new RecordingDialogService());
        LegendViewModel legend = new LegendViewModel(session);
        assertTrue(legend.types().isEmpty());

        session.open(org.actorgraph.ui.corpus.CorpusSource.bundledSeed());

        assertEquals(6, legend.types().size());
    }
}
