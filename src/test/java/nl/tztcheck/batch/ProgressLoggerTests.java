package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.test.MetaDataInstanceFactory;

/**
 * On an interactive terminal: one line redrawn in place, in the run's language, ended when the step
 * ends. Fake clock.
 */
class ProgressLoggerTests {

    private static final long MS = 1_000_000L;

    private final AtomicLong now = new AtomicLong(0);
    private final StringWriter screen = new StringWriter();
    private final TerminalLine terminal = new TerminalLine(new PrintWriter(screen));

    private ProgressLogger logger(Language language, long total) {
        return new ProgressLogger(
                new ProgressLogger.Console(terminal, language, s -> total, now::get));
    }

    @Test
    void theCheckStepsPartitionsShareOneLineRedrawnAtMostFourTimesASecondAndTheCheckStepEndsIt() {
        // given the check step of 1,000 client-months on a Dutch terminal, run as two partitions
        // (one logger per step)
        JobExecution job = MetaDataInstanceFactory.createJobExecution();
        StepExecution check = step(job, CheckJobConfiguration.CHECK_STEP, 1L);
        StepExecution first =
                step(job, CheckJobConfiguration.CHECK_WORKER_STEP + ":partition0", 2L);
        StepExecution second =
                step(job, CheckJobConfiguration.CHECK_WORKER_STEP + ":partition1", 3L);
        ProgressLogger manager = logger(Language.NL, 1_000);
        ProgressLogger one = logger(Language.NL, 1_000);
        ProgressLogger two = logger(Language.NL, 1_000);
        manager.beforeStep(check);
        one.beforeStep(first);
        two.beforeStep(second);

        // when chunks finish after 1 s (100 + 100), 1.1 s (too soon to redraw) and 2 s (300 + 300)
        second.setReadCount(100);
        chunk(one, first, 100, 1_000);
        chunk(two, second, 200, 1_100);
        first.setReadCount(300);
        chunk(two, second, 300, 2_000);
        now.set(2_500 * MS);
        first.setReadCount(500);
        second.setReadCount(500);
        one.afterStep(first);
        two.afterStep(second);
        manager.afterStep(check);

        // then two redraws in place of the partitions' sum, and one final line, by the check step,
        // with a line break
        String shown = screen.toString();
        assertThat(shown.split("\r", -1)).hasSize(4);
        assertThat(shown)
                .contains("\rControleren  200 / 1.000 cliëntmaanden  20%  200/s  nog ongeveer 4 s")
                .contains("\rControleren  600 / 1.000 cliëntmaanden  60%  300/s  nog ongeveer 2 s")
                .doesNotContain("400 / 1.000")
                .endsWith(System.lineSeparator());
        // the final line overwrites the longer one before it with spaces
        assertThat(shown.substring(shown.lastIndexOf('\r') + 1))
                .startsWith("Controleren  1.000 cliëntmaanden  klaar in 2 s   ")
                .hasSize(
                        "Controleren  600 / 1.000 cliëntmaanden  60%  300/s  nog ongeveer 2 s"
                                        .length()
                                + System.lineSeparator().length());
    }

    private static StepExecution step(JobExecution job, String name, long id) {
        StepExecution s = MetaDataInstanceFactory.createStepExecution(job, name, id);
        if (!job.getStepExecutions().contains(s)) {
            job.addStepExecution(s);
        }
        return s;
    }

    @Test
    void aRestartedLoadCountsFromWhereItStoppedInEnglish() {
        // given the load step restarting with 5,000 of 10,000 rows already staged
        ProgressLogger progress = logger(Language.EN, 10_000);
        StepExecution step =
                MetaDataInstanceFactory.createStepExecution(CheckJobConfiguration.LOAD_STEP, 1L);
        step.getExecutionContext().putLong(ClaimExportReader.ROWS, 5_000);
        progress.beforeStep(step);

        // when 1,000 more are read in one second
        step.getExecutionContext().putLong(ClaimExportReader.ROWS, 6_000);
        chunk(progress, step, 1_000, 1_000);

        // then
        assertThat(screen.toString())
                .isEqualTo("\rReading  6,000 / 10,000 lines  60%  1,000/s  about 4 s left");
    }

    @Test
    void theShortTaskletStepsShowNothing() {
        ProgressLogger progress = logger(Language.NL, -1);
        StepExecution step = MetaDataInstanceFactory.createStepExecution("prepare", 1L);
        progress.beforeStep(step);
        progress.afterStep(step);
        assertThat(screen.toString()).isEmpty();
    }

    private void chunk(ProgressLogger progress, StepExecution step, long readCount, long atMillis) {
        now.set(atMillis * MS);
        step.setReadCount(readCount);
        progress.afterChunk(new Chunk<>());
    }
}
