package nl.tztcheck.batch;

import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import nl.tztcheck.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a step, two ways. Always: one log line per step start, every so many items, and per
 * step end, in key=value form a monitoring system can parse: {@code event=progress step=load
 * items=50000 rate_per_s=41000}; not on a terminal (cron, systemd, a redirected run) they go to
 * standard output, on a terminal to the log file only (CheckCommand). On an interactive terminal
 * also: one line in the run's language that updates in place ({@code \r}) with the items per second
 * and the time left ({@link ProgressLine}), ended with the step's duration. Counts only: no client
 * data is ever logged or shown.
 */
public class ProgressLogger implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger LOG = LoggerFactory.getLogger("nl.tztcheck.progress");
    private static final long EVERY = 100_000;

    /**
     * Where and how the terminal line is drawn.
     *
     * @param totals per step, the items it will handle in all (-1 unknown), asked once when the
     *     step starts
     */
    public record Console(
            TerminalLine line,
            Language language,
            ToLongFunction<StepExecution> totals,
            LongSupplier nanoClock) {}

    private final Console console;
    private StepExecution step;
    private long startNanos;
    private long lastLogged;
    private ProgressLine line;

    /** Log lines only (the short tasklet steps, and every step when not on a terminal). */
    public ProgressLogger() {
        this(null);
    }

    /**
     * @param console the interactive terminal to draw on, or null for log lines
     */
    public ProgressLogger(Console console) {
        this.console = console;
    }

    /** True when a person watches ({@link Terminal#interactive()}). */
    public static boolean interactive() {
        return Terminal.interactive();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
        this.startNanos = System.nanoTime();
        this.lastLogged = stepExecution.getReadCount();
        if (console != null) {
            line = lineFor(stepExecution);
        }
        // on a terminal too: the log lines then go to the log file only (CheckCommand), the person
        // sees the line above
        LOG.info(
                "event=step_started step={} job_instance={} job_execution={}",
                stepExecution.getStepName(),
                stepExecution.getJobExecution().getJobInstance().getInstanceId(),
                stepExecution.getJobExecutionId());
    }

    private ProgressLine lineFor(StepExecution s) {
        var context = s.getExecutionContext();
        if (CheckJobConfiguration.LOAD_STEP.equals(s.getStepName())) {
            return new ProgressLine(
                    console.language(),
                    "progress.load",
                    "progress.lines",
                    console.totals().applyAsLong(s),
                    context.getLong(ClaimExportReader.ROWS, 0L),
                    console.nanoClock());
        }
        if (checkStep(s)) {
            return new ProgressLine(
                    console.language(),
                    "progress.check",
                    "progress.clientMonths",
                    console.totals().applyAsLong(s),
                    groupsDone(s),
                    console.nanoClock());
        }
        return null;
    }

    /** The check step, or one of its partitions ({@code checkWorker:partition<n>}). */
    private static boolean checkStep(StepExecution s) {
        return s.getStepName().equals(CheckJobConfiguration.CHECK_STEP) || partition(s);
    }

    private static boolean partition(StepExecution s) {
        return s.getStepName().startsWith(CheckJobConfiguration.CHECK_WORKER_STEP + ":");
    }

    /**
     * Client-months checked by all partitions of the check step, those of an interrupted earlier
     * execution included.
     */
    private static long groupsDone(StepExecution s) {
        long done = 0;
        boolean partitioned = false;
        for (StepExecution p : s.getJobExecution().getStepExecutions()) {
            partitioned |= partition(p);
            if (partition(p)) {
                done +=
                        Math.max(
                                p.getExecutionContext().getLong(MonthGroupReader.GROUPS, 0L),
                                p.getReadCount());
            }
        }
        return partitioned ? done : s.getReadCount();
    }

    /**
     * For a step that is one tasklet (the file engine's load and check): {@code items} handled so
     * far, counted as the step's read count, and the line or log line brought up to date.
     */
    public void advanced(long items) {
        if (step != null) {
            step.setReadCount(items);
            progress();
        }
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
        if (console != null) {
            draw();
        }
        long items = step.getReadCount();
        if (items - lastLogged >= EVERY) {
            lastLogged = items;
            LOG.info(
                    "event=progress step={} items={} rate_per_s={}",
                    step.getStepName(),
                    items,
                    rate(items));
        }
    }

    private void draw() {
        if (line == null || !console.line().due(console.nanoClock().getAsLong())) {
            return;
        }
        console.line().show(line.render(done()), false);
    }

    /**
     * Items done in all: those of earlier executions (a restart) plus this one's; for the check
     * step, of all its partitions.
     */
    private long done() {
        if (checkStep(step)) {
            return groupsDone(step);
        }
        return Math.max(
                step.getExecutionContext().getLong(ClaimExportReader.ROWS, 0L),
                step.getReadCount());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (console != null) {
            // a partition leaves the shared line to the check step, which ends it when every
            // partition is done
            if (line != null && !partition(stepExecution)) {
                console.line().show(line.finish(done()), true);
            }
        }
        LOG.info(
                "event=step_finished step={} status={} items={} written={} duration_ms={}",
                stepExecution.getStepName(),
                stepExecution.getStatus(),
                stepExecution.getReadCount(),
                stepExecution.getWriteCount(),
                (System.nanoTime() - startNanos) / 1_000_000);
        return stepExecution.getExitStatus();
    }

    private long rate(long items) {
        long nanos = Math.max(1, System.nanoTime() - startNanos);
        return items * 1_000_000_000L / nanos;
    }
}
