package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.tztcheck.profiles.ProfileSet;

class InterpretationMatrixTests {

    @TempDir
    Path dir;

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

        // then exactly these cells deviate: strict's monthly cap equals the national 390 and is not flagged,
        // pooled's tariffs are the national ones (only its ceiling basis differs)
        assertThat(deviations(m)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "closed", List.of(MatrixRow.CONTRACTED),
                "pooled", List.of(MatrixRow.TARIFF_CEILING),
                "split", List.of(MatrixRow.CATEGORY_CAPS, MatrixRow.TARIFF_CEILING, MatrixRow.TARIFFS),
                "strict", List.of(MatrixRow.APPROVAL))));
        assertThat(m.deviations()).isEqualTo(6);
    }

    @Test
    void aDeviatingCellCarriesTheInsurersSourceAndWhetherItIsVerified() throws IOException {
        // given strict's source verifies only requiresApproval
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when
        InterpretationMatrix m = InterpretationMatrix.of(profiles, LocalDate.of(2024, 6, 1));
        MatrixColumn strict = m.insurers().stream().filter(c -> c.id().equals("strict")).findFirst().orElseThrow();

        // then the approval cell cites strict's document as verified
        MatrixCell approval = strict.cell(MatrixRow.APPROVAL);
        assertThat(approval.value()).isEqualTo("required");
        assertThat(approval.setByInsurer()).isTrue();
        assertThat(approval.verified()).isTrue();
        assertThat(approval.source()).isEqualTo("Strict doc (verified)");
        // and the monthly cap it sets to the national value is its own, unverified, but not a deviation
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
        MatrixColumn split = m.insurers().stream().filter(c -> c.id().equals("split")).findFirst().orElseThrow();

        // then
        assertThat(m.national().cell(MatrixRow.TARIFF_CEILING).value()).isEqualTo("higher of V and PV x 100% = \u20ac 80,00 per hour");
        assertThat(split.cell(MatrixRow.TARIFF_CEILING).value()).isEqualTo("PV tariff x 100% = \u20ac 60,00 per hour");
        assertThat(split.cell(MatrixRow.TARIFFS).value()).isEqualTo("V \u20ac 80,00 / PV \u20ac 60,00");
        assertThat(split.cell(MatrixRow.CATEGORY_CAPS).value()).isEqualTo("MEDICATION 60 min");
    }

    @Test
    void theShippedProfilesDeviateWhereDocsProfilesSaysTheyDo() {
        // given the shipped profiles
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));

        // when the matrix is made for March 2024
        InterpretationMatrix m = InterpretationMatrix.of(profiles, LocalDate.of(2024, 3, 1));

        // then the deviations are those of the table in docs/profiles.md
        assertThat(deviations(m)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "asr", List.of(MatrixRow.MONTHLY_CAP, MatrixRow.TARIFF_CEILING, MatrixRow.TARIFFS),
                "cz", List.of(MatrixRow.CATEGORY_CAPS, MatrixRow.TARIFF_CEILING, MatrixRow.TARIFFS),
                "dsw", List.of(MatrixRow.TARIFF_CEILING, MatrixRow.TARIFFS),
                "menzis", List.of(MatrixRow.CONTRACTED),
                "onvz", List.of(MatrixRow.TARIFF_CEILING, MatrixRow.TARIFFS),
                "vgz", List.of(MatrixRow.CATEGORY_CAPS, MatrixRow.COVERED_TECHNOLOGY, MatrixRow.TARIFF_CEILING, MatrixRow.TARIFFS,
                        MatrixRow.REGULAR_CARE),
                "zilveren-kruis", List.of(MatrixRow.TARIFF_CEILING, MatrixRow.TARIFFS, MatrixRow.APPROVAL),
                "zorg-en-zekerheid", List.of(MatrixRow.COVERED_TECHNOLOGY, MatrixRow.TARIFFS))));
        assertThat(m.deviations()).isEqualTo(21);
    }

    @Test
    void anInsurerWithoutAVersionOnTheDateGetsNoColumn() throws IOException {
        // given the fixture national rule starts in 2024; insurers too
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when / then: no national version before 2024
        assertThatThrownBy(() -> InterpretationMatrix.of(profiles, LocalDate.of(2023, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no version of the national rule is valid on 2023-06-01");
        // and in 2025 every insurer still has a version (split has its 2025 one)
        assertThat(InterpretationMatrix.of(profiles, LocalDate.of(2025, 6, 1)).withoutVersion()).isEmpty();
    }
}
