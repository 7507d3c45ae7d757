package nl.tztcheck.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line's arithmetic and wording, on a fake clock: no test waits. */
class ProgressLineTests {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(5 * SECOND);

    private ProgressLine line(Language language, long total, long startItems) {
        return new ProgressLine(
                language, "progress.check", "progress.clientMonths", total, startItems, now::get);
    }

    @Test
    void rateAndTimeLeftFollowFromItemsDoneAndTimePassed() {
        // given a step of 10,000 client-months
        ProgressLine p = line(Language.EN, 10_000, 0);

        // when 2,500 are done after 10 seconds
        now.addAndGet(10 * SECOND);

        // then 250 per second, and 7,500 left take 30 seconds
        assertThat(p.ratePerSecond(2_500)).isEqualTo(250);
        assertThat(p.secondsLeft(2_500)).isEqualTo(30);
        assertThat(p.render(2_500))
                .isEqualTo("Checking  2,500 / 10,000 client-months  25%  250/s  about 30 s left");
    }

    @Test
    void dutchUsesDutchWordsAndThousandsSeparators() {
        // given
        ProgressLine p = line(Language.NL, 1_000_000, 0);

        // when 12,345 are done after 3 seconds
        now.addAndGet(3 * SECOND);

        // then 4,115 per second; 987,655 left at that rate take 240.01 s, rounded up to 241 s
        assertThat(p.render(12_345))
                .isEqualTo(
                        "Controleren  12.345 / 1.000.000 cliëntmaanden  1%  4.115/s  nog ongeveer 4 min 01 s");
    }

    @Test
    void aRestartCountsOnlyThisExecutionsItemsForTheRate() {
        // given a restart that starts with 6,000 of 10,000 already done
        ProgressLine p = line(Language.EN, 10_000, 6_000);

        // when 1,000 more are done in 4 seconds
        now.addAndGet(4 * SECOND);

        // then the rate is 250/s, not 1,750/s, and 3,000 left take 12 s
        assertThat(p.ratePerSecond(7_000)).isEqualTo(250);
        assertThat(p.secondsLeft(7_000)).isEqualTo(12);
        assertThat(p.render(7_000)).contains("70%");
    }

    @Test
    void withoutATotalOrBeforeAnyItemThereIsNoTimeLeft() {
        // given
        ProgressLine unknownTotal = line(Language.EN, -1, 0);
        ProgressLine justStarted = line(Language.EN, 100, 0);

        // when
        now.addAndGet(2 * SECOND);

        // then
        assertThat(unknownTotal.secondsLeft(50)).isEqualTo(-1);
        assertThat(unknownTotal.render(50)).isEqualTo("Checking  50 client-months  25/s");
        assertThat(justStarted.secondsLeft(0)).isEqualTo(-1);
        assertThat(justStarted.render(0)).isEqualTo("Checking  0 / 100 client-months  0%  0/s");
    }

    @Test
    void anEstimateThatFallsShortNeverShowsMoreThan99PercentOrANegativeTimeLeft() {
        // given a load estimated at 1,000 lines that turns out longer
        ProgressLine p = line(Language.EN, 1_000, 0);
        now.addAndGet(SECOND);

        // then
        assertThat(p.secondsLeft(1_200)).isZero();
        assertThat(p.render(1_200)).contains("1,200 / 1,200", "99%");
    }

    @Test
    void durationsReadAsHoursMinutesAndSeconds() {
        ProgressLine nl = line(Language.NL, 1, 0);
        ProgressLine en = line(Language.EN, 1, 0);
        assertThat(nl.duration(12)).isEqualTo("12 s");
        assertThat(nl.duration(200)).isEqualTo("3 min 20 s");
        assertThat(nl.duration(3_900)).isEqualTo("1 u 05 min");
        assertThat(en.duration(3_900)).isEqualTo("1 h 05 min");
    }

    @Test
    void theFinishLineSaysHowLongTheStepTook() {
        ProgressLine p =
                new ProgressLine(Language.NL, "progress.load", "progress.lines", 100, 0, now::get);
        now.addAndGet(75 * SECOND);
        assertThat(p.finish(1_234)).isEqualTo("Inlezen  1.234 regels  klaar in 1 min 15 s");
    }

    @Test
    void theLinesOfAnExportAreEstimatedFromItsSize(@TempDir Path dir) throws Exception {
        // given a small export (read whole: exact) and one without a trailing newline
        Path small =
                Files.writeString(
                        dir.resolve("a.csv"), "h1;h2\n1;2\n3;4\n", StandardCharsets.UTF_8);
        Path noNewline =
                Files.writeString(dir.resolve("b.csv"), "h1;h2\n1;2\n3;4", StandardCharsets.UTF_8);
        Path big = dir.resolve("c.csv");
        StringBuilder rows = new StringBuilder("header;x\n");
        for (int i = 0; i < 200_000; i++) {
            rows.append("row-").append(i % 10).append(";abcdefgh\n");
        }
        Files.writeString(big, rows, StandardCharsets.UTF_8);

        // then
        assertThat(ProgressLine.estimateDataLines(small)).isEqualTo(2);
        assertThat(ProgressLine.estimateDataLines(noNewline)).isEqualTo(2);
        assertThat(ProgressLine.estimateDataLines(big)).isBetween(199_000L, 201_000L);
        assertThat(ProgressLine.estimateDataLines(Files.writeString(dir.resolve("empty.csv"), "")))
                .isEqualTo(-1);
    }
}
