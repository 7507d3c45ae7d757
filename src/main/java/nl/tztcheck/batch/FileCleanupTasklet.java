package nl.tztcheck.batch;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** After the outputs are written: the run's files are removed from the data directory. */
final class FileCleanupTasklet implements Tasklet {

    private final RunFilesRoot files;

    FileCleanupTasklet(RunFilesRoot files) {
        this.files = files;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        files.of(contribution.getStepExecution()).delete();
        return RepeatStatus.FINISHED;
    }
}
