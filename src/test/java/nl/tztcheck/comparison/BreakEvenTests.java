package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.profiles.CostFileReader;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.Trust;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BreakEvenTests {

    private static List<BreakEvenRow> rows;

    @BeforeAll
    static void computeOnTheShippedFiles() throws IOException {
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));
        CostTable costs = CostFileReader.read(Path.of("technology-costs.yaml"));
        Map<Technology, SortedMap<String, String>> products =
                ProductCategories.from(Path.of("sample-claims/claims-small.csv"), profiles, costs);
        rows = BreakEven.compute(profiles, costs, LocalDate.of(2024, 3, 1), products);
    }

    private static BreakEvenRow row(String insurer, Technology t, String product) {
        return rows.stream()
                .filter(
                        r ->
                                r.insurerId().equals(insurer)
                                        && r.technology() == t
                                        && r.product().equals(product))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void everyRowSaysHowFarItsConditionsAndCostsCanBeTrusted(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        // given the fixture (national versions verified, pooled's document unverified) and a cost
        // file marked verified
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));
        CostTable verifiedCosts =
                CostFileReader.read(
                        ComparisonFixtures.write(
                                dir.resolve("verified-costs.yaml"),
                                """
                source: {title: supplier contract, verified: true}
                categories: {MEDICATION: 100.00, VIDEO: 20.00, OTHER: 0.00}
                products: {}
                """));

        // when
        List<BreakEvenRow> fixture =
                BreakEven.compute(profiles, verifiedCosts, LocalDate.of(2024, 6, 1), Map.of());
        List<BreakEvenRow> illustrativeCosts =
                BreakEven.compute(
                        profiles,
                        CostFileReader.read(ComparisonFixtures.costs(dir)),
                        LocalDate.of(2024, 6, 1),
                        Map.of());

        // then the national rule's rows are verified, an insurer's as its version; and illustrative
        // costs taint every row
        assertThat(fixture)
                .filteredOn(r -> r.insurerId().equals("national"))
                .extracting(BreakEvenRow::trust)
                .containsOnly(Trust.VERIFIED);
        assertThat(fixture)
                .filteredOn(r -> r.insurerId().equals("pooled"))
                .extracting(BreakEvenRow::trust)
                .containsOnly(Trust.ILLUSTRATIVE);
        assertThat(illustrativeCosts)
                .extracting(BreakEvenRow::trust)
                .containsOnly(Trust.ILLUSTRATIVE);
        assertThat(illustrativeCosts)
                .filteredOn(r -> r.insurerId().equals("national"))
                .extracting(BreakEvenRow::conditionsTrust)
                .containsOnly(Trust.VERIFIED);
    }

    @Test
    void theProductsOfTheSampleAreFoundInTheirCategories() {
        // given / when the small sample was read in @BeforeAll
        // then Medido and MedMinder are medication, Compaan video; 9 profiles x (3 categories + 3
        // products)
        assertThat(rows)
                .filteredOn(r -> r.insurerId().equals("cz"))
                .extracting(BreakEvenRow::technology, BreakEvenRow::product)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Technology.MEDICATION, ""),
                        org.assertj.core.groups.Tuple.tuple(Technology.MEDICATION, "MedMinder"),
                        org.assertj.core.groups.Tuple.tuple(Technology.MEDICATION, "Medido"),
                        org.assertj.core.groups.Tuple.tuple(Technology.VIDEO, ""),
                        org.assertj.core.groups.Tuple.tuple(Technology.VIDEO, "Compaan"),
                        org.assertj.core.groups.Tuple.tuple(Technology.OTHER, ""));
        assertThat(rows).hasSize(9 * 6);
    }

    @Test
    void medidoAtZilverenKruisIsCoveredFrom194MinutesOrAt30_77PerHourOverTheCap() {
        // given Medido 200.00 a month; Zilveren Kruis 2024 pays at most PV 62.00 an hour, 390
        // minutes pooled
        BreakEvenRow r = row("zilveren-kruis", Technology.MEDICATION, "Medido");

        // then minutes: ceil((60 x 20000 - 30) / 6200) = ceil(193.54) = 194 (194 x 62 / 60 =
        // 200.47; 193 gives 199.43)
        assertThat(r.ceilingPerHourCents()).isEqualTo(6200);
        assertThat(r.capMinutes()).isEqualTo(390);
        assertThat(r.breakEvenMinutes()).isEqualTo(194);
        // and tariff at the cap: ceil((1200000 - 30) / 390) = ceil(3076.85) = 3077 cents (390 x
        // 30.77 / 60 = 200.005 -> 200.01)
        assertThat(r.breakEvenTariffCents()).isEqualTo(3077);
        assertThat(r.status()).isEqualTo(BreakEvenRow.Status.COVERED_WITHIN_CAP);
        assertThat(r.shortfallAtCapCents()).isZero();
    }

    @Test
    void medidoAtCzIsNotCoveredWithinTheMedicationCap() {
        // given CZ 2024: MEDICATION cap 150 minutes, ceiling PV 65.00
        BreakEvenRow r = row("cz", Technology.MEDICATION, "Medido");

        // then minutes: ceil(1199970 / 6500) = ceil(184.61) = 185 > 150; tariff at 150 minutes:
        // ceil(1199970 / 150) = 8000;
        // short at the cap: 200.00 - 150 x 65 / 60 = 200.00 - 162.50 = 37.50 (the spec's
        // worked-example gap)
        assertThat(r.capMinutes()).isEqualTo(150);
        assertThat(r.breakEvenMinutes()).isEqualTo(185);
        assertThat(r.breakEvenTariffCents()).isEqualTo(8000);
        assertThat(r.shortfallAtCapCents()).isEqualTo(3750);
        assertThat(r.status()).isEqualTo(BreakEvenRow.Status.NOT_WITHIN_CAP);
    }

    @Test
    void whatIsNotPaidAtAllHasNoBreakEven() {
        // given Menzis 2024 (not contracted), MedMinder at Zorg en Zekerheid (excluded), OTHER at
        // VGZ (not covered)
        // then the whole cost is short and there is no break-even
        assertThat(row("menzis", Technology.VIDEO, ""))
                .extracting(
                        BreakEvenRow::status,
                        BreakEvenRow::breakEvenMinutes,
                        BreakEvenRow::shortfallAtCapCents)
                .containsExactly(BreakEvenRow.Status.NOT_CONTRACTED, -1L, 2500L);
        assertThat(row("zorg-en-zekerheid", Technology.MEDICATION, "MedMinder").status())
                .isEqualTo(BreakEvenRow.Status.NOT_COVERED);
        assertThat(row("vgz", Technology.OTHER, "").status())
                .isEqualTo(BreakEvenRow.Status.NOT_COVERED);
    }

    @Test
    void neededUnitsRoundsLikeTheLinesDo() {
        // given cost 1 cent at 60 cents an hour: 1 minute pays round(0.5) = 1 cent
        // then
        assertThat(BreakEven.neededUnits(1, 60)).isEqualTo(1);
        assertThat(BreakEven.neededUnits(0, 6200)).isZero();
        // and 25.00 of video at a.s.r.'s 56.70: ceil((150000 - 30) / 5670) = ceil(26.45) = 27
        // minutes (27 x 56.70 / 60 = 25.515 -> 25.52)
        assertThat(BreakEven.neededUnits(2500, 5670)).isEqualTo(27);
        assertThat(row("asr", Technology.VIDEO, "").breakEvenMinutes()).isEqualTo(27);
    }
}
