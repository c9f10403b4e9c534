package org.actorgraph.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.actorgraph.ui.support.ManualTaskExecutor;
import org.junit.jupiter.api.Test;

/** What Cancel says is what happened: a run is stopped before it starts, stops, or had already finished. */
class CancellableJobTest {

    private final ManualTaskExecutor executor = new ManualTaskExecutor();
    private final CancellableJob job = new CancellableJob(executor);
    private final List<String> outcomes = new ArrayList<>();

    private CancellableJob.Outcome<String> recorded() {
        return new CancellableJob.Outcome<>() {
            @Override
            public String succeeded(String result) {
                outcomes.add("succeeded " + result);
                return "Wrote " + result;
            }

            @Override
            public String cancelled() {
                outcomes.add("cancelled");
                return "Cancelled; nothing was written";
            }

            @Override
            public String failed(Throwable error) {
                outcomes.add("failed " + error.getMessage());
                return "";
            }
        };
    }

    @Test
    void cancelBeforeTheWorkStartedEndsAtOnceAndTheWorkNeverRuns() {
        boolean[] ran = {false};
        job.start("Writing a…", task -> {
            ran[0] = true;
            return "a";
        }, recorded());

        job.cancel();

        assertEquals(List.of("cancelled"), outcomes);
        assertFalse(job.activity().isRunning());
        assertEquals("Cancelled; nothing was written", job.activity().outcomeProperty().get());
        executor.runAll();
        assertFalse(ran[0]);
        assertEquals(List.of("cancelled"), outcomes, "said once");
    }

    @Test
    void cancelWhileTheWorkRunsWaitsUntilItHasStopped() {
        List<String> whileStopping = new ArrayList<>();
        job.start("Writing a…", task -> {
            task.progress(0.3, null);
            job.cancel(); // the user clicks Cancel while the work runs
            whileStopping.add(job.activity().messageProperty().get() + " / cancellable "
                    + job.activity().cancellableProperty().get() + " / " + outcomes);
            task.throwIfCancelled();
            return "a";
        }, recorded());

        executor.runAll();

        assertEquals(List.of("Cancelling… / cancellable false / []"), whileStopping);
        assertEquals(List.of("cancelled"), outcomes);
        assertEquals("Cancelled; nothing was written", job.activity().outcomeProperty().get());
    }

    @Test
    void workThatFinishedBeforeItSawCancelSaysItFinished() {
        job.start("Writing a…", task -> {
            job.cancel(); // too late: the work does not ask again
            return "a";
        }, recorded());

        executor.runAll();

        assertEquals(List.of("succeeded a"), outcomes);
        assertEquals("Wrote a", job.activity().outcomeProperty().get());
    }

    @Test
    void aNewRunReplacesTheRunningOneWhoseOutcomeIsNotHeard() {
        job.start("Writing a…", task -> "a", recorded());
        job.start("Writing b…", task -> "b", recorded());

        assertEquals("Writing b…", job.activity().messageProperty().get());
        executor.runAll();

        assertEquals(List.of("succeeded b"), outcomes);
        assertTrue(executor.failures.get(0) instanceof java.util.concurrent.CancellationException,
                "the first run stopped before it started");
    }
}
