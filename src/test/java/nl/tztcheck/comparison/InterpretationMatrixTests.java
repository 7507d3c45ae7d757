package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.Trust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterpretationMatrixTests {

    @TempDir Path dir;

    private static Map<String, List<MatrixRow>> deviations(InterpretationMatrix m) {
        Map<String, List<MatrixRow>> map = new TreeMap<>();
        m.insurers().forEach(c -> map.put(c.id(), c.deviatingRows()));
        return map;
    }

    @Test
    void flagsExactlyTheDimensionsWhereAProfileDeviates() throws IOException {
        // given the fixture profiles, valid on 2024-06-01
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when the matrix is made for that date
        InterpretationMatrix m = InterpretationMatrix.of(profiles, LocalDate.of(2024, 6, 1));

        // then exactly these cells deviate: strict's monthly cap equals the national 390 and is not
        // flagged,
        // pooled's tariffs are the national ones (only its ceiling basis differs)
        assertThat(deviations(m))
                .containsExactlyEntriesOf(
                        new TreeMap<>(
                                Map.of(
                                        "closed", List.of(MatrixRow.CONTRACTED),
                                        "pooled", List.of(MatrixRow.TARIFF_CEILING),
                                        "split",
                                                List.of(
                                                        MatrixRow.CATEGORY_CAPS,
                                                        MatrixRow.TARIFF_CEILING,
                                                        MatrixRow.TARIFFS),
                                        "strict", List.of(MatrixRow.APPROVAL))));
        assertThat(m.deviations()).isEqualTo(6);
    }

    @Test
    void aNonContractedInsurersInheritedValuesAreMarkedAsNationalInTheReadersLanguage()
            throws IOException {
        // given closed does not contract 1062 and sets nothing else
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when the matrix is made in Dutch and in English
        MatrixColumn nl =
                column(
                        InterpretationMatrix.of(profiles, LocalDate.of(2024, 6, 1), Language.NL),
                        "closed");
        MatrixColumn en =
                column(
                        InterpretationMatrix.of(profiles, LocalDate.of(2024, 6, 1), Language.EN),
                        "closed");
        MatrixColumn pooled =
                column(
                        InterpretationMatrix.of(profiles, LocalDate.of(2024, 6, 1), Language.NL),
                        "pooled");

        // then its monthly cap is shown as the national rule's, not as its own; its own "no" is not
        // marked
        assertThat(nl.contracted()).isFalse();
        assertThat(nl.cell(MatrixRow.MONTHLY_CAP).value())
                .isEqualTo("landelijk: 390 min (6:30 uur)");
        assertThat(en.cell(MatrixRow.MONTHLY_CAP).value()).isEqualTo("national: 390 min (6:30 h)");
        assertThat(nl.cell(MatrixRow.CONTRACTED).value()).isEqualTo("nee (0 uur)");
        // and a contracted insurer that follows the national rule shows the value plainly: it is
        // its term too
        assertThat(pooled.cell(MatrixRow.MONTHLY_CAP).value()).isEqualTo("390 min (6:30 uur)");
        // and what deviation is judged on does not depend on the language
        assertThat(nl.cell(MatrixRow.MONTHLY_CAP).canonical())
                .isEqualTo(en.cell(MatrixRow.MONTHLY_CAP).canonical());
    }

    @Test
    void eachColumnAndCellSaysHowFarItCanBeTrusted() throws IOException {
        // given the national versions are verified, strict's document backs only requiresApproval,
        // pooled's nothing
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when
        InterpretationMatrix m =
                InterpretationMatrix.of(profiles, LocalDate.of(2024, 6, 1), Language.NL);

        // then
        assertThat(m.national().trust()).isEqualTo(Trust.VERIFIED);
        assertThat(column(m, "pooled").trust()).isEqualTo(Trust.ILLUSTRATIVE);
        assertThat(column(m, "strict").cell(MatrixRow.APPROVAL).trust()).isEqualTo(Trust.VERIFIED);
        assertThat(column(m, "strict").cell(MatrixRow.APPROVAL).source())
                .isEqualTo("Strict doc (geverifieerd)");
        assertThat(column(m, "pooled").cell(MatrixRow.TARIFF_CEILING).source())
                .isEqualTo("Pooled doc (illustratief)");
        assertThat(m.profiles()).isEqualTo(profiles.fingerprint());
    }

    private static MatrixColumn column(InterpretationMatrix m, String id) {
        return m.insurers().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aDeviatingCellCarriesTheInsurersSourceAndWhetherItIsVerified() throws IOException {
        // given strict's source verifies only requiresApproval
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when
        InterpretationMatrix m = InterpretationMatrix.of(profiles, LocalDate.of(2024, 6, 1));
        MatrixColumn strict =
                m.insurers().stream()
                        .filter(c -> c.id().equals("strict"))
                        .findFirst()
                        .orElseThrow();

        // then the approval cell cites strict's document as verified
        MatrixCell approval = strict.cell(MatrixRow.APPROVAL);
        assertThat(approval.value()).isEqualTo("required");
        assertThat(approval.setByInsurer()).isTrue();
        assertThat(approval.verified()).isTrue();
        assertThat(approval.source()).isEqualTo("Strict doc (verified)");
        // and the monthly cap it sets to the national value is its own, unverified, but not a
        // deviation
        MatrixCell cap = strict.cell(MatrixRow.MONTHLY_CAP);
        assertThat(cap.deviates()).isFalse();
        assertThat(cap.setByInsurer()).isTrue();
        assertThat(cap.verified()).isFalse();
        // and a row it does not set cites the national rule
        assertThat(strict.cell(MatrixRow.ZVW).source()).isEqualTo("NZa 2024 (verified)");
    }

    @Test
    void theCeilingRowShowsWhatItComesToPerHour() throws IOException {
        // given split 2024: PV 60.00 as the ceiling; national: higher of V 80.00 and PV 70.00
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when
        InterpretationMatrix m = InterpretationMatrix.of(profiles, LocalDate.of(2024, 6, 1));
        MatrixColumn split =
                m.insurers().stream().filter(c -> c.id().equals("split")).findFirst().orElseThrow();

        // then
        assertThat(m.national().cell(MatrixRow.TARIFF_CEILING).value())
                .isEqualTo("higher of V and PV x 100% = \u20ac 80,00 per hour");
        assertThat(split.cell(MatrixRow.TARIFF_CEILING).value())
                .isEqualTo("PV tariff x 100% = \u20ac 60,00 per hour");
        assertThat(split.cell(MatrixRow.TARIFFS).value())
                .isEqualTo("V \u20ac 80,00 / PV \u20ac 60,00");
        assertThat(split.cell(MatrixRow.CATEGORY_CAPS).value()).isEqualTo("MEDICATION 60 min");
    }

    @Test
    void theShippedProfilesDeviateWhereDocsProfilesSaysTheyDo() {
        // given the shipped profiles
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));

        // when the matrix is made for March 2024
        InterpretationMatrix m = InterpretationMatrix.of(profiles, LocalDate.of(2024, 3, 1));

        // then the deviations are those of the table in docs/profiles.md
        assertThat(deviations(m))
                .containsExactlyEntriesOf(
                        new TreeMap<>(
                                Map.of(
                                        "asr",
                                                List.of(
                                                        MatrixRow.MONTHLY_CAP,
                                                        MatrixRow.TARIFF_CEILING,
                                                        MatrixRow.TARIFFS),
                                        "cz",
                                                List.of(
                                                        MatrixRow.CATEGORY_CAPS,
                                                        MatrixRow.TARIFF_CEILING,
                                                        MatrixRow.TARIFFS),
                                        "dsw", List.of(MatrixRow.TARIFF_CEILING, MatrixRow.TARIFFS),
                                        "menzis", List.of(MatrixRow.CONTRACTED),
                                        "onvz",
                                                List.of(
                                                        MatrixRow.TARIFF_CEILING,
                                                        MatrixRow.TARIFFS),
                                        "vgz",
                                                List.of(
                                                        MatrixRow.CATEGORY_CAPS,
                                                        MatrixRow.COVERED_TECHNOLOGY,
                                                        MatrixRow.TARIFF_CEILING,
                                                        MatrixRow.TARIFFS,
                                                        MatrixRow.REGULAR_CARE),
                                        "zilveren-kruis",
                                                List.of(
                                                        MatrixRow.TARIFF_CEILING,
                                                        MatrixRow.TARIFFS,
                                                        MatrixRow.APPROVAL),
                                        "zorg-en-zekerheid",
                                                List.of(
                                                        MatrixRow.COVERED_TECHNOLOGY,
                                                        MatrixRow.TARIFFS))));
        assertThat(m.deviations()).isEqualTo(21);
    }

    @Test
    void anInsurerWithoutAVersionOnTheDateGetsNoColumn() throws IOException {
        // given the fixture national rule starts in 2024; insurers too
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when / then: no national version before 2024
        assertThatThrownBy(() -> InterpretationMatrix.of(profiles, LocalDate.of(2023, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no version of the national rule is valid on 2023-06-01");
        // and in 2025 every insurer still has a version (split has its 2025 one)
        assertThat(InterpretationMatrix.of(profiles, LocalDate.of(2025, 6, 1)).withoutVersion())
                .isEmpty();
    }
}
