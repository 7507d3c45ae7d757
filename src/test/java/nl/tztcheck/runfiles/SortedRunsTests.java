package nl.tztcheck.runfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Law;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The external merge sort: whatever the input order and the memory bound, the output order. */
class SortedRunsTests {

    @TempDir Path dir;

    static ClaimLine line(long no, String uzovi, String client, LocalDate date, boolean credit) {
        return new ClaimLine(
                no,
                "L" + no,
                client,
                no % 7 == 0 ? null : "BSN-STANDIN",
                uzovi,
                "1062",
                date,
                (int) (no % 90) + 5,
                Money.cents(6200),
                Money.cents(6200L * ((no % 90) + 5) / 60),
                no % 3 != 0,
                no % 5 == 0 ? null : Technology.values()[(int) (no % 3)],
                no % 4 == 0 ? null : "Medido",
                Law.ZVW,
                credit,
                credit ? "L" + (no - 1) : null,
                no % 11 == 0,
                no % 6 == 0 ? null : "APP-" + no);
    }

    /** Seeded lines over a few insurers, months and clients (client keys of uneven length). */
    static List<StagedLine> lines(int n, long seed) {
        Random r = new Random(seed);
        String[] uzovi = {"3311", "7095", "9664", "0101"};
        List<StagedLine> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String client = Integer.toHexString(r.nextInt(400)) + (r.nextBoolean() ? "a" : "");
            lines.add(
                    new StagedLine(
                            LineKind.values()[r.nextInt(3)],
                            line(
                                    i,
                                    uzovi[r.nextInt(uzovi.length)],
                                    client,
                                    LocalDate.of(2024, 1, 1).plusDays(r.nextInt(200)),
                                    r.nextInt(20) == 0)));
        }
        return lines;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 100, 5_000})
    void theMergedRunsComeOutInOutputOrderWhateverTheBound(int maxInMemory) throws Exception {
        // given lines in a random order
        List<StagedLine> input = lines(3_000, maxInMemory);
        Collections.shuffle(input, new Random(3));

        // when they are sorted with that many in memory at a time and merged back
        SortedRuns runs = new SortedRuns(dir, "lines", maxInMemory);
        for (StagedLine l : input) {
            runs.add(l);
        }
        List<Path> files = runs.finish();
        List<StagedLine> merged = new ArrayList<>();
        try (MergedRuns m = new MergedRuns(files)) {
            for (StagedLine l = m.next(); l != null; l = m.next()) {
                merged.add(l);
            }
        }

        // then every line comes back once, equal to what went in, in the order of the outputs
        List<StagedLine> expected = new ArrayList<>(input);
        expected.sort(StagedLine.OUTPUT_ORDER);
        assertThat(files).hasSize(Math.max(1, (3_000 + maxInMemory - 1) / maxInMemory));
        assertThat(merged).isEqualTo(expected);
    }

    @Test
    void anEmptyExportGivesOneEmptyRunFile() throws Exception {
        SortedRuns runs = new SortedRuns(dir, "lines", 10);
        List<Path> files = runs.finish();
        try (MergedRuns m = new MergedRuns(files)) {
            assertThat(m.next()).isNull();
        }
        assertThat(files).hasSize(1);
    }

    @Test
    void theOrderIsInsurerThenMonthThenClientThenLineNumber() {
        StagedLine a =
                new StagedLine(
                        LineKind.TECHNOLOGY, line(9, "3311", "b", LocalDate.of(2024, 2, 1), false));
        StagedLine b =
                new StagedLine(
                        LineKind.TECHNOLOGY,
                        line(1, "3311", "c", LocalDate.of(2024, 1, 31), false));
        StagedLine c =
                new StagedLine(
                        LineKind.TECHNOLOGY,
                        line(2, "3311", "b", LocalDate.of(2024, 2, 28), false));
        StagedLine d =
                new StagedLine(
                        LineKind.TECHNOLOGY, line(3, "0101", "z", LocalDate.of(2025, 1, 1), false));
        List<StagedLine> sorted = new ArrayList<>(List.of(a, b, c, d));
        sorted.sort(StagedLine.OUTPUT_ORDER);
        assertThat(sorted).containsExactly(d, b, c, a);
        assertThat(a.sameGroup(c)).isTrue();
        assertThat(a.sameGroup(b)).isFalse();
    }
}
