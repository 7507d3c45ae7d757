package nl.tztcheck.batch;

import org.springframework.batch.core.step.StepExecution;

/**
 * Staging rows are keyed by the job instance, which stays the same when a failed run is restarted.
 */
final class RunId {

    private RunId() {}

    static long of(StepExecution stepExecution) {
        return stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }
}
