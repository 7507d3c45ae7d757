package nl.tztcheck.batch;

import java.io.IOException;
import java.util.function.Consumer;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.rules.LineResult;
import org.springframework.batch.core.step.StepExecution;

/**
 * What the report step reads a run's results from: the database engine's tables or the file
 * engine's run files. Each stream comes in the order of its output file.
 */
interface RunResults {

    /** Fails when the run's results are not there to report (the run cannot continue). */
    void requireReady(StepExecution step);

    /** Findings by insurer, month, client pseudonym, then as the check made them. */
    void findings(StepExecution step, Consumer<Finding> each) throws IOException;

    /** Rejects by line number, with their reasons as stored (not yet worded). */
    void rejects(StepExecution step, Consumer<Reject> each) throws IOException;

    /** Line results by insurer, month, client pseudonym, line number. */
    void lines(StepExecution step, Consumer<LineResult> each) throws IOException;

    /** The observed change in regular care (report.html's section), over the whole export. */
    nl.tztcheck.businesscase.RegularCareEffect regularCareEffect(StepExecution step)
            throws IOException;

    /**
     * How many rows were rejected, found with the steps' contexts ({@code contextOf} a step name)
     * or the engine's own store.
     */
    long rejectedRows(
            StepExecution step,
            java.util.function.Function<
                            String, org.springframework.batch.infrastructure.item.ExecutionContext>
                    contextOf);
}
