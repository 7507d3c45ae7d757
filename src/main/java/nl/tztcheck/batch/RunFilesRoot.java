package nl.tztcheck.batch;

import java.nio.file.Path;
import org.springframework.batch.core.step.StepExecution;

/** The data directory the file engine's run files live under. */
public record RunFilesRoot(Path dataDir) {

    RunFiles of(StepExecution step) {
        return new RunFiles(dataDir, RunId.of(step));
    }
}
