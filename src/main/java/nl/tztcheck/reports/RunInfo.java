package nl.tztcheck.reports;

import java.time.Instant;
import java.util.List;

/** Where a run's inputs came from and when it ran: the provenance block of summary.json. */
public record RunInfo(
        String inputFile,
        String inputSha256,
        long inputBytes,
        String encoding,
        List<String> ignoredColumns,
        String profilesDirectory,
        String profileFingerprint,
        String costsFile,
        String costsSha256,
        Instant startedAt,
        Instant finishedAt,
        long jobInstanceId,
        long jobExecutionId) {}
