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
 * would block a restart forever. Holding the run lock proves nobody runs it any more, so such an
 * execution is marked FAILED ("abandoned") and the same command restarts it where it stopped.
 */
@Component
public class AbandonedRuns {

    private final JobRepository jobRepository;

    public AbandonedRuns(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    /** Call only while holding the {@link RunLock}; returns true when an abandoned execution was closed. */
    public boolean closeAbandoned(String jobName, JobParameters parameters) {
        JobInstance instance = jobRepository.getJobInstance(jobName, parameters);
        if (instance == null) {
            return false;
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null || !last.isRunning()) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : last.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: the process running it died"));
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        last.setStatus(BatchStatus.FAILED);
        last.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: the process running it died"));
        last.setEndTime(now);
        jobRepository.update(last);
        return true;
    }
}
