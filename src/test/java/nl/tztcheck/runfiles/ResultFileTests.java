package nl.tztcheck.runfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.rules.GroupResult;
import nl.tztcheck.rules.LineResult;
import nl.tztcheck.rules.LineStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check's result file gives back exactly what was written, repeated texts included. */
class ResultFileTests {

    @TempDir Path dir;

    static Finding finding(String key, FindingCode code, String source, Technology tech) {
        return new Finding(
                key,
                code,
                "L1",
                code == FindingCode.COST_GAP ? 0 : 12,
                "P-0123456789ab",
                "3311",
                "zilveren-kruis",
                "2024",
                YearMonth.of(2024, 3),
                tech,
                420,
                390,
                43400,
                40300,
                3100,
                code == FindingCode.COST_GAP ? 2500 : 0,
                7,
                "Regel L1 \"quoted\"; € 31,00 boven de 6,5 uur",
                source);
    }

    @Test
    void groupsComeBackAsTheyWereWrittenWithRepeatedTextsOnce() throws Exception {
        String source = "Beleidsregel thuiszorgtechnologie; art. 3 | Zilveren Kruis (geverifieerd)";
        LineResult line =
                new LineResult(
                        SortedRunsTests.line(12, "3311", "abc", LocalDate.of(2024, 3, 4), false),
                        LineStatus.CHECKED,
                        "zilveren-kruis",
                        "2024",
                        390,
                        43400,
                        40300,
                        3100,
                        0,
                        List.of(FindingCode.MONTHLY_CAP_EXCEEDED, FindingCode.COST_GAP));
        LineResult nulls =
                new LineResult(
                        SortedRunsTests.line(35, "3311", "abc", LocalDate.of(2024, 3, 5), true),
                        LineStatus.CREDIT,
                        "",
                        "",
                        0,
                        -100,
                        0,
                        0,
                        0,
                        List.of());
        GroupResult first =
                new GroupResult(
                        List.of(line, nulls),
                        List.of(
                                finding(
                                        "k1",
                                        FindingCode.MONTHLY_CAP_EXCEEDED,
                                        source,
                                        Technology.MEDICATION),
                                finding("k2", FindingCode.COST_GAP, source, null)));
        GroupResult empty = new GroupResult(List.of(), List.of());
        Path file = dir.resolve("results.bin");
        try (ResultFile.Writer w = new ResultFile.Writer(file)) {
            w.write(first);
            w.write(empty);
            w.write(first);
        }
        try (ResultFile.Reader r = new ResultFile.Reader(file)) {
            assertThat(r.next()).isEqualTo(first);
            assertThat(r.next()).isEqualTo(empty);
            assertThat(r.next()).isEqualTo(first);
            assertThat(r.next()).isNull();
        }
        // and read for one part only, each group gives that part and nothing else
        try (ResultFile.Reader r = new ResultFile.Reader(file)) {
            assertThat(r.next(false, true)).isEqualTo(new GroupResult(List.of(), first.findings()));
            assertThat(r.next(true, false)).isEqualTo(new GroupResult(List.of(), List.of()));
            assertThat(r.next(true, false)).isEqualTo(new GroupResult(first.lines(), List.of()));
            assertThat(r.next(true, true)).isNull();
        }
        // the source, on four findings, is in the file once
        String bytes =
                new String(
                        java.nio.file.Files.readAllBytes(file),
                        java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bytes.split(java.util.regex.Pattern.quote(source), -1)).hasSize(2);
    }
}
