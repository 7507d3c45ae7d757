package nl.tztcheck.businesscase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.comparison.EvidenceBuilder;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularCareEffectTests {

    @TempDir Path dir;

    private RegularCareEffect effect(List<String> lines, EffectWindow window) throws IOException {
        ProfileSet profiles = ProfileSet.load(EffectFixtures.profiles(dir));
        return RegularCareEffects.read(
                EffectFixtures.export(dir, lines), profiles, TechnologyMapping.NONE, window);
    }

    private static EffectCell only(RegularCareEffect e) {
        assertThat(e.cells()).hasSize(1);
        return e.cells().get(0);
    }

    @Test
    void aHandComputedClientGivesItsMeansChangeAndValueAtThePvTariff() throws IOException {
        // given ten clients like the hand-computed one: regular 600 and 540 minutes in January and
        // February, 450 and 420
        // in March and April, first 1062 line in March, at Alpha (PV 65.00, illustrative)
        RegularCareEffect e =
                effect(
                        EffectFixtures.clients("C", 10, 3, 600, 540, 450, 420),
                        EffectWindow.DEFAULT);

        // then before (600 + 540) / 2 = 570, after (450 + 420) / 2 = 435, change -135 minutes,
        // valued at -135 x 65.00 / 60 = -146.25 per client per month; saved 135 minutes
        EffectCell c = only(e);
        assertThat(c.insurerId()).isEqualTo("alpha");
        assertThat(c.technology()).isEqualTo(Technology.MEDICATION);
        assertThat(c.clientsShown()).hasValue(10);
        assertThat(c.meanBefore()).contains(new BigDecimal("570.0"));
        assertThat(c.meanAfter()).contains(new BigDecimal("435.0"));
        assertThat(c.change()).contains(new BigDecimal("-135.0"));
        assertThat(c.changeValueCents()).hasValue(-14_625);
        assertThat(c.minTariffCents()).isEqualTo(6_500).isEqualTo(c.maxTariffCents());
        assertThat(c.tariffTrust()).isEqualTo(Trust.ILLUSTRATIVE);
        assertThat(e.perMonth("alpha", Technology.MEDICATION)).hasValue(135);
        assertThat(e.perMonth("alpha", Technology.VIDEO)).isEmpty();
        assertThat(e.firstMonth()).contains(java.time.YearMonth.of(2024, 1));
        assertThat(e.lastMonth()).contains(java.time.YearMonth.of(2024, 4));
    }

    @Test
    void meansAndValueRoundHalfUpFromTheExactFigures() throws IOException {
        // given nine clients with 100 regular minutes every month and one with 110 in January: 10
        // minutes more before
        List<String> lines = new ArrayList<>(EffectFixtures.clients("C", 9, 3, 100, 100, 100, 100));
        lines.addAll(EffectFixtures.client("D01", 3, 110, 100, 100, 100));
        EffectCell c = only(effect(lines, EffectWindow.DEFAULT));

        // then before 2,010 / 20 = 100.5, after 100.0, change -0.5 minutes: saved 1 (0.5 half up);
        // value -0.5 x 65.00 / 60 = -0.5416... cents x 100 = -54.17 cents: -54
        assertThat(c.meanBefore()).contains(new BigDecimal("100.5"));
        assertThat(c.meanAfter()).contains(new BigDecimal("100.0"));
        assertThat(c.change()).contains(new BigDecimal("-0.5"));
        assertThat(c.savedMinutes()).hasValue(1);
        assertThat(c.changeValueCents()).hasValue(-54);
    }

    @Test
    void aCellUnderTenClientsShowsNoFigures() throws IOException {
        // given nine clients
        RegularCareEffect e =
                effect(EffectFixtures.clients("C", 9, 3, 600, 540, 450, 420), EffectWindow.DEFAULT);

        // then the cell is there, but suppressed: no clients count, means, change, value or saved
        // minutes
        EffectCell c = only(e);
        assertThat(c.suppressed()).isTrue();
        assertThat(c.clientsShown()).isEmpty();
        assertThat(c.meanBefore()).isEmpty();
        assertThat(c.meanAfter()).isEmpty();
        assertThat(c.change()).isEmpty();
        assertThat(c.changeValueCents()).isEmpty();
        assertThat(e.perMonth("alpha", Technology.MEDICATION)).isEmpty();
    }

    @Test
    void theThresholdIsThatOfEvidenceJson() {
        assertThat(EffectCell.MIN_CLIENTS).isEqualTo(EvidenceBuilder.MIN_CLIENTS);
    }

    @Test
    void clientsWhoseStartLeavesTooFewExportMonthsAreLeftOut() throws IOException {
        // given an export from January to April: ten clients starting in each month
        List<String> lines = new ArrayList<>();
        for (int start = 1; start <= 4; start++) {
            lines.addAll(EffectFixtures.clients("S" + start + "-", 10, start, 100, 100, 100, 100));
        }

        // when the window is 2 before and 2 from the start: only a March start has January,
        // February and March, April
        RegularCareEffect twoTwo = effect(lines, EffectWindow.DEFAULT);
        // and when it is 1 and 1: February, March and April starts fit
        RegularCareEffect oneOne = effect(lines, new EffectWindow(1, 1));

        // then the January, February and April starters are left out of the first, the January
        // starters of the second
        assertThat(only(twoTwo).clientsShown()).hasValue(10);
        assertThat(twoTwo.leftOut(RegularCareEffect.LeftOut.WINDOW)).isEqualTo(30);
        assertThat(only(oneOne).clientsShown()).hasValue(30);
        assertThat(oneOne.leftOut(RegularCareEffect.LeftOut.WINDOW)).isEqualTo(10);
    }

    @Test
    void creditsCancelTheDebitsTheyNameAndOrphanCreditsCountNothing() throws IOException {
        // given ten hand-computed clients (570 before, 435 after, start in March); for each one, a
        // February
        // regular line of 100 minutes cancelled by its credit, a credit for a line outside the
        // file, and a January 1062
        // line that is credited (so March stays the first 1062 month)
        List<String> lines =
                new ArrayList<>(EffectFixtures.clients("C", 10, 3, 600, 540, 450, 420));
        for (int i = 1; i <= 10; i++) {
            String id = "C" + String.format("%02d", i);
            lines.add(EffectFixtures.line(id + "-X", id, "1000", 2, 100, ""));
            lines.add(
                    id + "-XC;" + id + ";;1111;1000;2024-02-05;100;65,00;;;;ZVW;C;" + id + "-X;N;");
            lines.add(
                    id + "-OC;" + id + ";;1111;1000;2024-03-05;50;65,00;;;;ZVW;C;EARLIER-FILE;N;");
            lines.add(EffectFixtures.line(id + "-T0", id, "1062", 1, 60, "VIDEO"));
            lines.add(
                    id
                            + "-T0C;"
                            + id
                            + ";;1111;1062;2024-01-05;60;65,00;;VIDEO;;ZVW;C;"
                            + id
                            + "-T0;N;");
        }
        EffectCell c = only(effect(lines, EffectWindow.DEFAULT));

        // then the figures are those without any of these lines
        assertThat(c.technology()).isEqualTo(Technology.MEDICATION);
        assertThat(c.meanBefore()).contains(new BigDecimal("570.0"));
        assertThat(c.meanAfter()).contains(new BigDecimal("435.0"));
    }

    @Test
    void aClientWithoutAProfileIsLeftOut() throws IOException {
        // given ten clients at UZOVI 9999, which no profile knows, with a first 1062 line in March
        List<String> lines =
                EffectFixtures.clients("C", 10, 3, 600, 540, 450, 420).stream()
                        .map(l -> l.replace(";1111;", ";9999;"))
                        .toList();

        // then there is no cell, and the clients are counted as left out for having no profile
        RegularCareEffect e = effect(lines, EffectWindow.DEFAULT);
        assertThat(e.cells()).isEmpty();
        assertThat(e.leftOut(RegularCareEffect.LeftOut.NO_PROFILE)).isEqualTo(10);
    }
}
