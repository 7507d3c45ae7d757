package nl.tztcheck.batch;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * For restart tests only: {@code tzt.fault.fail-after-groups=N} makes the check step fail once,
 * after N client-months, and {@code tzt.fault.fail-after-rows=N} the load step once, at the chunk
 * that would take it past N rows, as a crash would. Off (-1) unless set; never set it in production.
 * {@code tzt.fault.halt-after-step=NAME} (load, prepare, verify, check, report, cleanup) ends the process
 * at once, as {@code kill -9} would ({@link Runtime#halt}: no shutdown hooks, the database not closed),
 * when that step's work is done and committed but before its completion is recorded.
 */
@Component
public class FaultInjection implements StepExecutionListener {

    /** The exit code of a halted process (that of a process killed by SIGKILL). */
    public static final int HALTED = 137;

    private final AtomicLong groupsLeft;
    private final AtomicLong rowsLeft;
    private final String haltAfterStep;

    public FaultInjection(@Value("${tzt.fault.fail-after-groups:-1}") long failAfterGroups,
            @Value("${tzt.fault.fail-after-rows:-1}") long failAfterRows, @Value("${tzt.fault.halt-after-step:}") String haltAfterStep) {
        this.groupsLeft = new AtomicLong(failAfterGroups);
        this.rowsLeft = new AtomicLong(failAfterRows);
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
        if (groupsLeft.get() >= 0 && groupsLeft.getAndDecrement() == 0) {
            throw new IllegalStateException("injected failure (tzt.fault.fail-after-groups) to test restarts");
        }
    }

    /** Called per chunk of the load, before it is written; throws once when the rows would run past the count. */
    public void beforeRows(int rows) {
        long left = rowsLeft.get();
        if (left >= 0 && rowsLeft.addAndGet(-rows) < 0) {
            rowsLeft.set(-1);
            throw new IllegalStateException("injected failure (tzt.fault.fail-after-rows) to test restarts");
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
