package nl.tztcheck.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * One log line per step start, every so many items, and per step end, in key=value form a
 * monitoring system can parse: {@code event=progress step=load items=50000 rate_per_s=41000}.
 * Counts only: no client data is ever logged.
 */
public class ProgressLogger implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger("nl.tztcheck.progress");
    private static final long EVERY = 100_000;

    private StepExecution step;
    private long startNanos;
    private long lastLogged;

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
        this.startNanos = System.nanoTime();
        this.lastLogged = stepExecution.getReadCount();
        LOG.info("event=step_started step={} job_instance={} job_execution={}", stepExecution.getStepName(),
                stepExecution.getJobExecution().getJobInstance().getInstanceId(), stepExecution.getJobExecutionId());
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        progress();
    }

    @Override
    public void afterChunk(org.springframework.batch.core.scope.context.ChunkContext context) {
        progress();
    }

    private void progress() {
        if (step == null) {
            return;
        }
        long items = step.getReadCount();
        if (items - lastLogged >= EVERY) {
            lastLogged = items;
            LOG.info("event=progress step={} items={} rate_per_s={}", step.getStepName(), items, rate(items));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        LOG.info("event=step_finished step={} status={} items={} written={} duration_ms={}", stepExecution.getStepName(),
                stepExecution.getStatus(), stepExecution.getReadCount(), stepExecution.getWriteCount(),
                (System.nanoTime() - startNanos) / 1_000_000);
        return stepExecution.getExitStatus();
    }

    private long rate(long items) {
        long nanos = Math.max(1, System.nanoTime() - startNanos);
        return items * 1_000_000_000L / nanos;
    }
}
