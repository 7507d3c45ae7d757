package nl.tztcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the benchmark reads back from the check process's logs (no timing is asserted). */
class ChildRunTests {

    @TempDir Path dir;

    @Test
    void jobTimeRunsFromTheFirstStepStartToTheLastStepEndAndStepsAreListed() throws Exception {
        Path log = dir.resolve("check.log");
        Files.writeString(
                log,
                """
                2026-11-23T07:22:53.986Z WARN  [Database] something else
                2026-11-23T07:22:55.000Z INFO  [progress] event=step_started step=load job_instance=4 job_execution=4
                2026-11-23T07:22:57.000Z INFO  [progress] event=step_finished step=load status=COMPLETED items=10 written=10 duration_ms=2000
                2026-11-23T07:22:57.000Z INFO  [progress] event=step_started step=check job_instance=4 job_execution=4
                2026-11-23T07:22:57.000Z INFO  [progress] event=step_started step=checkWorker:partition0 job_instance=4 job_execution=4
                2026-11-23T07:22:57.000Z INFO  [progress] event=step_finished step=checkWorker:partition0 status=COMPLETED items=2 written=2 duration_ms=0
                2026-11-23T07:22:57.001Z INFO  [progress] event=step_finished step=check status=COMPLETED items=2 written=2 duration_ms=1
                2026-11-23T07:22:57.001Z INFO  [progress] event=step_started step=cleanup job_instance=4 job_execution=4
                2026-11-23T07:22:58.500Z INFO  [progress] event=step_finished step=cleanup status=COMPLETED items=0 written=0 duration_ms=1499
                """);
        assertThat(ChildRun.jobMillisFromLog(log)).isEqualTo(3500);
        assertThat(ChildRun.stepMillis(log))
                .isEqualTo("load=2000 checkWorker:partition0=0 check=1 cleanup=1499");
        assertThat(ChildRun.stepMillis(log, "check")).isEqualTo(1);
        assertThat(ChildRun.stepMillis(log, "verify")).isEqualTo(-1);
    }

    @Test
    void peakHeapIsTheLargestOccupancyBeforeACollection() throws Exception {
        Path gc = dir.resolve("gc.log");
        Files.writeString(
                gc,
                """
                [0.010s][info][gc] Using G1
                [1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 123M->45M(256M) 5.100ms
                [2.345s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 310M->60M(512M) 6.200ms
                [3.456s][info][gc] GC(2) Pause Young (Normal) (G1 Evacuation Pause) 200M->61M(512M) 4.000ms
                """);
        assertThat(ChildRun.peakHeapMbFromGcLog(gc)).isEqualTo(310);
        assertThat(ChildRun.peakLiveMbFromGcLog(gc)).isEqualTo(61);
        assertThat(ChildRun.peakHeapMbFromGcLog(dir.resolve("absent.log"))).isEqualTo(-1);
    }
}
