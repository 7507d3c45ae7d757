package nl.tztcheck.comparison.wlz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TariffCalculatorTests {

    private static final List<ZorgkantoorPolicy> SHIPPED =
            ZorgkantoorPolicyReader.readDirectory(Path.of("zorgkantoor-profiles"));

    @TempDir Path dir;

    private static ZorgkantoorPolicy policy(String id) {
        return SHIPPED.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static TariffSituation situation(
            boolean newProvider,
            boolean technology,
            String vpt,
            String mpt,
            String differentiation) {
        return new TariffSituation(
                newProvider,
                technology,
                false,
                false,
                false,
                new BigDecimal(vpt),
                new BigDecimal(mpt),
                new BigDecimal(differentiation));
    }

    private static BigDecimal pct(String id, TariffSituation s) {
        return TariffCalculator.calculate(policy(id), s).percentage();
    }

    @Test
    void anExistingProviderWithoutOptionsGetsTheRichttariefEverywhere() {
        // given / when / then: 95.5% at all seven zorgkantoren
        assertThat(SHIPPED).hasSize(7);
        assertThat(SHIPPED)
                .allSatisfy(
                        p ->
                                assertThat(
                                                TariffCalculator.calculate(
                                                                p, TariffSituation.plain())
                                                        .percentage())
                                        .isEqualByComparingTo("95.5"));
    }

    @Test
    void aNewProviderUsingProvenTechnologyAtCz() {
        // given CZ: new providers -2, proven technology +0.1
        // when / then 95.5 - 2 + 0.1 = 93.6
        assertThat(pct("cz", situation(true, true, "0", "0", "0"))).isEqualByComparingTo("93.60");
    }

    @Test
    void vptAndMptSurchargesAtVgzAreWeightedByTheirShare() {
        // given VGZ: VPT +0.4, MPT +3.5; 30% VPT, 20% MPT
        // when / then 95.5 + 0.3 x 0.4 + 0.2 x 3.5 = 95.5 + 0.12 + 0.70 = 96.32
        assertThat(pct("vgz", situation(false, false, "30", "20", "0")))
                .isEqualByComparingTo("96.32");
        // and a third MPT: 95.5 + 3.5 / 3 = 96.6667 -> 96.67 (half up)
        assertThat(pct("vgz", situation(false, false, "0", "33.3333", "0")))
                .isEqualByComparingTo("96.67");
    }

    @Test
    void aNewProviderAtDswGetsAFixed91WhateverElse() {
        // given DSW: new providers a fixed 91% in a one-year contract
        // when / then
        TariffOutcome o =
                TariffCalculator.calculate(policy("dsw"), situation(true, true, "50", "50", "1"));
        assertThat(o.percentage()).isEqualByComparingTo("91");
        assertThat(o.unclear()).anyMatch(u -> u.text().contains("stated for 2024 only"));
    }

    @Test
    void differentiationIsClampedToTheZorgkantoorsRange() {
        // given DSW's monitor: -1 to +1; Menzis: -2 to +1
        // when / then 95.5 + min(3, 1) = 96.5; 95.5 + max(-3, -2) = 93.5; Menzis new provider with
        // -1: 95.5 - 2 - 1 = 92.5
        assertThat(pct("dsw", situation(false, false, "0", "0", "3"))).isEqualByComparingTo("96.5");
        assertThat(pct("menzis", situation(false, false, "0", "0", "-3")))
                .isEqualByComparingTo("93.5");
        assertThat(pct("menzis", situation(true, false, "0", "0", "-1")))
                .isEqualByComparingTo("92.5");
        // and where the table names no range, nothing is applied
        assertThat(pct("cz", situation(false, false, "0", "0", "1"))).isEqualByComparingTo("95.5");
    }

    @Test
    void essentialFacilitiesReplaceTheRichttariefAtZilverenKruis() {
        // given Zilveren Kruis: 96.0% for a role in essential facilities; new providers "lower", no
        // number
        TariffSituation essential =
                new TariffSituation(
                        false,
                        false,
                        false,
                        false,
                        true,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        BigDecimal.ZERO);

        // when / then 96.0; and a new provider gets at most 95.5 ("lower", no number), the missing
        // number listed as unclear
        assertThat(pct("zilveren-kruis", essential)).isEqualByComparingTo("96.0");
        TariffOutcome newcomer =
                TariffCalculator.calculate(
                        policy("zilveren-kruis"), situation(true, false, "0", "0", "0"));
        assertThat(newcomer.percentage()).isEqualByComparingTo("95.5");
        assertThat(newcomer.bound()).isEqualTo(Bound.AT_MOST);
        assertThat(newcomer.steps()).contains(TariffStep.of("lowerNoNumber", Term.NEW_PROVIDER));
        assertThat(newcomer.unclear())
                .anyMatch(
                        u ->
                                u.term() == Term.NEW_PROVIDER
                                        && u.text()
                                                .startsWith(
                                                        "\"Beperkte mogelijkheden nieuwe aanbieders"));
    }

    @Test
    void theCeilingCapsThePercentage() throws IOException {
        // given a policy with a richttarief of 97.0, +0.4 for technology, MPT +3.5 and a ceiling of
        // 97.5
        Path file =
                Files.writeString(
                        dir.resolve("high.yaml"),
                        """
                id: high
                name: High
                validFrom: 2024-01-01
                validTo: 2026-12-31
                source: {title: test, verified: false}
                terms:
                  base: {percentage: 97.0}
                  provenTechnology: {change: 0.4}
                  mptSurcharge: {change: 3.5}
                  ceiling: {percentage: 97.5}
                """);
        ZorgkantoorPolicy high = ZorgkantoorPolicyReader.readDirectory(file.getParent()).get(0);

        // when / then 97.0 + 0.4 = 97.4 (under the ceiling); + 50% x 3.5 = 99.15, capped at 97.5
        assertThat(
                        TariffCalculator.calculate(high, situation(false, true, "0", "0", "0"))
                                .percentage())
                .isEqualByComparingTo("97.4");
        assertThat(
                        TariffCalculator.calculate(high, situation(false, true, "0", "50", "0"))
                                .percentage())
                .isEqualByComparingTo("97.5");
    }

    @Test
    void sharesAboveAHundredPercentAreRefused() {
        // when / then
        assertThatThrownBy(() -> situation(false, false, "60", "50", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("together at most 100 percent");
    }
}
