package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.ProfileSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The load step's reader takes its run date from a clock, once: a restart on a later day accepts
 * the same dates.
 */
class ClaimExportReaderTests {

    static final String HEADER =
            "line_id;client_id;bsn;insurer_uzovi;service_code;service_date;minutes;"
                    + "hourly_tariff;amount;technology;product;law;debit_credit;corrects_line_id;wlz_indication;approval_ref";

    @TempDir Path dir;

    static Clock on(String date) {
        return Clock.fixed(Instant.parse(date + "T12:00:00Z"), ZoneOffset.UTC);
    }

    private List<RowResult> read(Path file, Clock clock, ExecutionContext context) {
        ClaimExportReader reader =
                new ClaimExportReader(
                        file,
                        ProfileSet.load(Path.of("insurer-profiles")),
                        TechnologyMapping.NONE,
                        clock);
        List<RowResult> rows = new ArrayList<>();
        reader.open(context);
        try {
            for (RowResult r = reader.read(); r != null; r = reader.read()) {
                rows.add(r);
            }
            reader.update(context);
        } finally {
            reader.close();
        }
        return rows;
    }

    @Test
    void aServiceDateIsJudgedAgainstTheClockOfTheFirstRun() throws IOException {
        // given a line dated 1 March 2026
        Path file =
                Files.writeString(
                        dir.resolve("claims.csv"),
                        HEADER
                                + "\n"
                                + "L1;CL1;;9664;1000;2026-03-01;45;65,00;48,75;;;ZVW;D;;N;\n");

        // when read on 28 February 2025 and on 1 March 2025
        ExecutionContext firstRun = new ExecutionContext();
        List<RowResult> early = read(file, on("2025-02-28"), firstRun);
        List<RowResult> onTime = read(file, on("2025-03-01"), new ExecutionContext());

        // then a year and a day ahead is a reject, a year ahead is read
        assertThat(early).singleElement().isInstanceOf(RowResult.Rejected.class);
        assertThat(((RowResult.Rejected) early.get(0)).reject().reason(Language.EN))
                .contains("(2025-02-28; the latest accepted is 2026-02-28)");
        assertThat(onTime).singleElement().isInstanceOf(RowResult.Accepted.class);

        // and the first run restarted days later keeps its own date, so the rows it reads are
        // judged as before
        firstRun.putLong(ClaimExportReader.ROWS, 0L);
        List<RowResult> restarted = read(file, on("2025-03-03"), firstRun);
        assertThat(firstRun.getString(ClaimExportReader.RUN_DATE)).isEqualTo("2025-02-28");
        assertThat(restarted).singleElement().isInstanceOf(RowResult.Rejected.class);
    }
}
