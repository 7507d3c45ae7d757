package nl.tztcheck.comparison.wlz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.tztcheck.comparison.report.TariffTexts;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The zorgkantoor profiles say what the seed table says, no more: "lower" without a number is an
 * upper bound, a surcharge "only with specific plans" is flagged as conditional, the richttarief
 * excludes NHC/NIC, and each zorgkantoor's technology row is there.
 */
class TariffSourcesTests {

    private static final List<ZorgkantoorPolicy> SHIPPED =
            ZorgkantoorPolicyReader.readDirectory(Path.of("zorgkantoor-profiles"));

    @TempDir Path dir;

    private static ZorgkantoorPolicy policy(String id) {
        return SHIPPED.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static TariffSituation newProvider() {
        return new TariffSituation(
                true,
                false,
                false,
                false,
                false,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zilveren-kruis", "zorg-en-zekerheid"})
    void whereTheSourceSaysLowerForNewProvidersTheOutcomeIsAtMostTheRichttarief(String id) {
        // when a new provider is calculated where the table says "lower" without a number
        TariffOutcome o = TariffCalculator.calculate(policy(id), newProvider());

        // then 95.5 is an upper bound, and it is written as one in both languages
        assertThat(o.bound()).isEqualTo(Bound.AT_MOST);
        assertThat(TariffTexts.of(Language.NL).percentage(o)).isEqualTo("ten hoogste 95,5%");
        assertThat(TariffTexts.of(Language.EN).percentage(o)).isEqualTo("at most 95.5%");
    }

    @Test
    void aNumberedNewProviderRuleStaysExact() {
        // given CZ and Menzis: -2 points
        TariffOutcome cz = TariffCalculator.calculate(policy("cz"), newProvider());

        // then the figure is exact
        assertThat(cz.bound()).isEqualTo(Bound.EXACT);
        assertThat(TariffTexts.of(Language.NL).percentage(cz)).isEqualTo("93,5%");
    }

    @Test
    void vgzSurchargesOnlyWithSpecificPlansAreFlaggedWithTheFigureWithoutThem() {
        // given 30% VPT and 20% MPT at VGZ: +0.4 and +3.5 "wanneer op specifieke plannen wordt
        // gebaseerd"
        TariffSituation s =
                new TariffSituation(
                        false,
                        false,
                        false,
                        false,
                        false,
                        new BigDecimal("30"),
                        new BigDecimal("20"),
                        BigDecimal.ZERO);

        // when
        TariffOutcome o = TariffCalculator.calculate(policy("vgz"), s);

        // then 96.32 with the surcharges, flagged conditional, and 95.5 without them
        assertThat(o.percentage()).isEqualByComparingTo("96.32");
        assertThat(o.conditional()).isTrue();
        assertThat(o.unconditional()).isEqualByComparingTo("95.5");
        assertThat(o.conditions())
                .extracting(TariffNote::term)
                .containsExactly(Term.VPT_SURCHARGE, Term.MPT_SURCHARGE);
        assertThat(o.conditions())
                .allSatisfy(c -> assertThat(c.text()).contains("specifieke plannen"));
    }

    @Test
    void aPlainProviderAtVgzIsNotConditional() {
        // when nothing conditional applies
        TariffOutcome o = TariffCalculator.calculate(policy("vgz"), TariffSituation.plain());

        // then
        assertThat(o.conditional()).isFalse();
        assertThat(o.unconditional()).isNull();
    }

    @Test
    void everyShippedProfileExcludesNhcNicNamesItsTechnologyRowAndIsUnverified() {
        // then each note states the richttarief excluding NHC/NIC, as the seed does, and each has
        // its technology row
        assertThat(SHIPPED)
                .allSatisfy(
                        p -> {
                            assertThat(p.source().note()).contains("excluding NHC/NIC");
                            assertThat(p.technology()).isNotBlank();
                            assertThat(p.trust()).isEqualTo(Trust.UNVERIFIED);
                        });
        // and the 1% of the contracting space for innovation (seed, Technology row) is quoted where
        // the seed has it
        assertThat(policy("zorg-en-zekerheid").technology())
                .contains("wordt 1% van de contracteerruimte voor innovatie gereserveerd");
    }

    @Test
    void directionIsOnlyForATermWithoutANumberAndIsLowerOrHigher() throws IOException {
        // given
        Files.writeString(
                dir.resolve("bad.yaml"),
                """
                id: bad
                name: Bad
                validFrom: 2024-01-01
                validTo: 2026-12-31
                source: {title: test, verified: false}
                terms:
                  base: {percentage: 95.5}
                  newProvider: {change: -2, direction: lower}
                  agreedMovements: {unclear: "no number", direction: sideways}
                """);

        // when
        InvalidPolicyException e =
                catchThrowableOfType(
                        InvalidPolicyException.class,
                        () -> ZorgkantoorPolicyReader.readDirectory(dir));

        // then
        assertThat(e.problems())
                .containsExactlyInAnyOrder(
                        "bad.yaml, field terms.newProvider.direction: only for a term without a number (the number says the direction)",
                        "bad.yaml, field terms.agreedMovements.direction: expected lower or higher, found 'sideways'");
    }
}
