package nl.tztcheck.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import nl.tztcheck.reports.NoSpaceException;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * For restart tests only: {@code tzt.fault.fail-after-groups=N} makes the check step fail once,
 * after N client-months, and {@code tzt.fault.fail-after-rows=N} the load step once, at the chunk
 * that would take it past N rows, as a crash would. {@code tzt.fault.disk-full=true} makes the
 * check step's failure the one a full disk gives (an IOException "No space left on device", as H2
 * or a writer gets it from the operating system); {@code tzt.fault.group-delay-ms=N} slows the
 * check step by N ms per client-month, so a test can meet a run while it is still going; {@code
 * tzt.fault.halt-after-step=NAME} (load, prepare, verify, check, report, cleanup) ends the process
 * at once, as {@code kill -9} would ({@link Runtime#halt}: no shutdown hooks, the database not
 * closed), when that step's work is done and committed but before its completion is recorded. Off
 * unless set; never set it in production.
 */
@Component
public class FaultInjection implements StepExecutionListener {

    /** The exit code of a halted process (that of a process killed by SIGKILL). */
    public static final int HALTED = 137;

    private final AtomicLong groupsLeft;
    private final AtomicLong rowsLeft;
    private final boolean diskFull;
    private final long groupDelayMs;
    private final String haltAfterStep;

    public FaultInjection(
            @Value("${tzt.fault.fail-after-groups:-1}") long failAfterGroups,
            @Value("${tzt.fault.fail-after-rows:-1}") long failAfterRows,
            @Value("${tzt.fault.disk-full:false}") boolean diskFull,
            @Value("${tzt.fault.group-delay-ms:0}") long groupDelayMs,
            @Value("${tzt.fault.halt-after-step:}") String haltAfterStep) {
        this.groupsLeft = new AtomicLong(failAfterGroups);
        this.rowsLeft = new AtomicLong(failAfterRows);
        this.diskFull = diskFull;
        this.groupDelayMs = groupDelayMs;
        this.haltAfterStep = haltAfterStep == null ? "" : haltAfterStep.trim();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!haltAfterStep.isEmpty() && haltAfterStep.equals(stepExecution.getStepName())) {
            System.out.flush();
            Runtime.getRuntime().halt(HALTED);
        }
        return null;
    }

    /** Called per client-month; throws once when the count runs out. */
    public void beforeGroup() {
        if (groupDelayMs > 0) {
            try {
                Thread.sleep(groupDelayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (groupsLeft.get() >= 0 && groupsLeft.getAndDecrement() == 0) {
            if (diskFull) {
                throw new UncheckedIOException(new IOException(NoSpaceException.REASON));
            }
            throw new IllegalStateException(
                    "injected failure (tzt.fault.fail-after-groups) to test restarts");
        }
    }

    /**
     * Called per chunk of the load, before it is written; throws once when the rows would run past
     * the count.
     */
    public void beforeRows(int rows) {
        long left = rowsLeft.get();
        if (left >= 0 && rowsLeft.addAndGet(-rows) < 0) {
            rowsLeft.set(-1);
            throw new IllegalStateException(
                    "injected failure (tzt.fault.fail-after-rows) to test restarts");
        }
    }

    public void arm(long groups) {
        groupsLeft.set(groups);
    }

    /** Fails the load at the chunk that takes it past {@code rows} rows. */
    public void armLoad(long rows) {
        rowsLeft.set(rows);
    }

    public void disarm() {
        groupsLeft.set(-1);
        rowsLeft.set(-1);
    }
}
