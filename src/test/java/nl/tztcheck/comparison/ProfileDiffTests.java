package nl.tztcheck.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.tztcheck.profiles.ProfileSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileDiffTests {

    private static final LocalDate MID_2024 = LocalDate.of(2024, 6, 1);
    private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 1);

    @TempDir Path dir;

    @Test
    void namesEveryChangeOfAnInsurersOwnVersions() throws IOException {
        // given split: 2024 caps MEDICATION at 60 with PV 60.00 as ceiling; 2025 caps the month at
        // 300 and requires
        // approval, and sets neither category caps nor tariffs nor ceiling (so the national 2025
        // values apply)
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when
        ProfileDiff diff = ProfileDiff.between(profiles, "split", MID_2024, MID_2025);

        // then every changed dimension is named, with its values on both dates and who changed it
        assertThat(diff.fromVersion()).isEqualTo("2024");
        assertThat(diff.toVersion()).isEqualTo("2025");
        assertThat(diff.changes())
                .extracting(
                        ProfileDiff.Change::row,
                        ProfileDiff.Change::before,
                        ProfileDiff.Change::after,
                        ProfileDiff.Change::changedBy)
                .containsExactly(
                        tuple(
                                MatrixRow.MONTHLY_CAP,
                                "390 min (6:30 h)",
                                "300 min (5:00 h)",
                                "insurer"),
                        tuple(
                                MatrixRow.CATEGORY_CAPS,
                                "MEDICATION 60 min",
                                "VIDEO 240 min",
                                "insurer (now follows the national rule)"),
                        tuple(
                                MatrixRow.TARIFF_CEILING,
                                "PV tariff x 100% = \u20ac 60,00 per hour",
                                "higher of V and PV x 100% = \u20ac 80,00 per hour",
                                "insurer (now follows the national rule)"),
                        tuple(
                                MatrixRow.TARIFFS,
                                "V \u20ac 80,00 / PV \u20ac 60,00",
                                "V \u20ac 80,00 / PV \u20ac 70,00",
                                "insurer (now follows the national rule)"),
                        tuple(MatrixRow.APPROVAL, "not required", "required", "insurer"),
                        tuple(MatrixRow.CODES, "1062; 1000", "1062; 1000, 1001", "national rule"));
    }

    @Test
    void namesChangesOfTheNationalRuleUnderAnUnchangedInsurerVersion() throws IOException {
        // given pooled has one open version; the national rule adds a VIDEO cap and regular-care
        // code 1001 in 2025
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when
        ProfileDiff diff = ProfileDiff.between(profiles, "pooled", MID_2024, MID_2025);

        // then exactly those two changes, both by the national rule
        assertThat(diff.changes())
                .extracting(ProfileDiff.Change::row, ProfileDiff.Change::changedBy)
                .containsExactly(
                        tuple(MatrixRow.CATEGORY_CAPS, "national rule"),
                        tuple(MatrixRow.CODES, "national rule"));
    }

    @Test
    void theShippedMenzisProfileChangesFourDimensionsFrom2024To2025() {
        // given the shipped profiles: Menzis 2024 not contracted; 2025 contracted, 240 minutes, V
        // 78.00 / PV 62.50, ceiling PV
        ProfileSet profiles = ProfileSet.load(Path.of("insurer-profiles"));

        // when
        ProfileDiff diff = ProfileDiff.between(profiles, "menzis", MID_2024, MID_2025);

        // then four values change; the national rule's conditions keep their values but lose their
        // source in 2025
        // (no 2025 NZa source was found, so the national 2025 version is unverified)
        assertThat(diff.changes())
                .filteredOn(c -> !c.after().contains("(unchanged"))
                .extracting(ProfileDiff.Change::row, ProfileDiff.Change::after)
                .containsExactly(
                        tuple(MatrixRow.CONTRACTED, "yes"),
                        tuple(MatrixRow.MONTHLY_CAP, "240 min (4:00 h)"),
                        tuple(MatrixRow.TARIFF_CEILING, "PV tariff x 100% = \u20ac 62,50 per hour"),
                        tuple(MatrixRow.TARIFFS, "V \u20ac 78,00 / PV \u20ac 62,50"));
        assertThat(diff.changes())
                .filteredOn(c -> c.row() == MatrixRow.ZVW)
                .extracting(ProfileDiff.Change::after)
                .containsExactly("required (unchanged; now unverified)");
    }

    @Test
    void theSameVersionOnBothDatesHasNoChanges() throws IOException {
        // given
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when
        ProfileDiff diff =
                ProfileDiff.between(
                        profiles, "split", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

        // then
        assertThat(diff.changes()).isEmpty();
    }

    @Test
    void anUnknownInsurerOrDateIsRefusedWithWhatToUse() throws IOException {
        // given
        ProfileSet profiles = ProfileSet.load(ComparisonFixtures.profiles(dir));

        // when / then
        assertThatThrownBy(() -> ProfileDiff.between(profiles, "nope", MID_2024, MID_2025))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known ids are [closed, pooled, split, strict]");
        assertThatThrownBy(
                        () ->
                                ProfileDiff.between(
                                        profiles, "split", LocalDate.of(2023, 1, 1), MID_2025))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("split has no profile version valid on 2023-01-01");
    }
}
