package nl.tztcheck.batch;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * A process killed mid-run leaves its execution marked as running in the job repository, which
 * would block a restart forever; one whose last update failed (a lost connection, a competing
 * writer) leaves it UNKNOWN, which Spring Batch refuses to restart. Holding the {@link RunLock}
 * proves nobody runs it any more, so such an execution is marked FAILED ("abandoned") and the same
 * command restarts it where it stopped. {@link #abandon} gives a run up for good instead.
 */
@Component
public class AbandonedRuns {

    private final JobRepository jobRepository;

    public AbandonedRuns(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /**
     * Call only while holding the {@link RunLock}; returns true when an abandoned execution was
     * closed.
     */
    public boolean closeAbandoned(String jobName, JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(jobName, parameters);
        if (instance == null) {
            return false;
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null || !(last.isRunning() || last.getStatus() == BatchStatus.UNKNOWN)) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus().isRunning() || step.getStatus() == BatchStatus.UNKNOWN) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(
                        ExitStatus.FAILED.addExitDescription(
                                "abandoned: the process running it died"));
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        last.setStatus(BatchStatus.FAILED);
        last.setExitStatus(
                ExitStatus.FAILED.addExitDescription("abandoned: the process running it died"));
        last.setEndTime(now);
        jobRepository.update(last);
        return true;
    }

    /**
     * Call only while holding the {@link RunLock}: marks the instance's last execution ABANDONED
     * (Spring Batch then never restarts it) and returns its instance id, or empty when there is
     * nothing to abandon (never run, or completed).
     */
    public java.util.OptionalLong abandon(String jobName, JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(jobName, parameters);
        if (instance == null) {
            return java.util.OptionalLong.empty();
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null || last.getStatus() == BatchStatus.COMPLETED) {
            return java.util.OptionalLong.empty();
        }
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus() != BatchStatus.COMPLETED) {
                step.setStatus(BatchStatus.ABANDONED);
                step.setEndTime(step.getEndTime() == null ? now : step.getEndTime());
                jobRepository.update(step);
            }
        }
        last.setStatus(BatchStatus.ABANDONED);
        last.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned with check --abandon"));
        last.setEndTime(last.getEndTime() == null ? now : last.getEndTime());
        jobRepository.update(last);
        return java.util.OptionalLong.of(instance.getInstanceId());
    }

    /** True when the instance's last execution was given up with {@link #abandon}. */
    public boolean wasAbandoned(String jobName, JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(jobName, parameters);
        JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
        return last != null && last.getStatus() == BatchStatus.ABANDONED;
    }
}
