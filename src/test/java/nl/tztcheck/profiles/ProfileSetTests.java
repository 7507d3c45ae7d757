package nl.tztcheck.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSetTests {

    private static final Path SHIPPED = Path.of("insurer-profiles");

    /** A valid national rule with two versions and a gap (2023 is covered by no version). */
    private static final String NATIONAL =
            """
            id: national
            name: National
            versions:
              - version: "2022"
                validFrom: 2022-01-01
                validTo: 2022-12-31
                source: {title: NZa, verified: true, quotes: [{dimensions: [contracted, monthlyCapMinutes, categoryCapsMinutes, coveredCategories, excludedProducts, tariffs, tariffCeiling, requiresApproval, requiresRegularCareSameMonth, excludesWlzIndication, requiresZvw, technologyCodes, regularCareCodes], quote: "test source text"}]}
                contracted: true
                monthlyCapMinutes: 390
                categoryCapsMinutes: {MEDICATION: 150, VIDEO: 240}
                coveredCategories: [MEDICATION, VIDEO, OTHER]
                excludedProducts: []
                tariffs: {V: 88.35, PV: 67.94}
                tariffCeiling: {basis: HIGHER_OF_V_PV}
                requiresApproval: false
                requiresRegularCareSameMonth: false
                excludesWlzIndication: true
                requiresZvw: true
                technologyCodes: ["1062"]
                regularCareCodes: ["1000"]
              - version: "2024"
                validFrom: 2024-01-01
                source: {title: NZa, verified: true, quotes: [{dimensions: [contracted, monthlyCapMinutes, categoryCapsMinutes, coveredCategories, excludedProducts, tariffs, tariffCeiling, requiresApproval, requiresRegularCareSameMonth, excludesWlzIndication, requiresZvw, technologyCodes, regularCareCodes], quote: "test source text"}]}
                contracted: true
                monthlyCapMinutes: 390
                categoryCapsMinutes: {}
                coveredCategories: [MEDICATION, VIDEO, OTHER]
                excludedProducts: []
                tariffs: {V: 88.35, PV: 67.94}
                tariffCeiling: {basis: HIGHER_OF_V_PV}
                requiresApproval: false
                requiresRegularCareSameMonth: false
                excludesWlzIndication: true
                requiresZvw: true
                technologyCodes: ["1062"]
                regularCareCodes: ["1000"]
            """;

    /**
     * An insurer file with one label and one open-ended version from 2024; {@code %s} takes extra
     * version lines.
     */
    private static String insurer(String id, String uzovi, String versionLines) {
        return """
                id: %s
                name: %s
                labels: [{uzovi: "%s", name: %s, verified: false}]
                versions:
                  - version: "2024"
                    validFrom: 2024-01-01
                    source: {title: test, verified: false}
                %s"""
                .formatted(id, id, uzovi, id, versionLines.indent(4));
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<ProfileProblem> problemsOf(Path dir) {
        InvalidProfilesException e =
                catchThrowableOfType(InvalidProfilesException.class, () -> ProfileSet.load(dir));
        assertThat(e).as("loading %s should fail", dir).isNotNull();
        return e.problems();
    }

    private static ProfileProblem onlyProblem(Path dir) {
        List<ProfileProblem> problems = problemsOf(dir);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static Money eur(String amount) {
        return Money.cents(new java.math.BigDecimal(amount).movePointRight(2).longValueExact());
    }

    @Nested
    class ShippedProfiles {

        @Test
        void loadsNationalAndEveryInsurer() {
            // given the insurer-profiles/ directory shipped with the tool
            // when it is loaded
            ProfileSet set = ProfileSet.load(SHIPPED);

            // then the national rule has its five versions and all eight insurer concerns are there
            assertThat(set.national().versions())
                    .extracting(ProfileVersion::version)
                    .containsExactly("2016-2019", "2020-2023", "2024", "2025", "2026");
            assertThat(set.insurers())
                    .extracting(InsurerProfile::id)
                    .containsExactlyInAnyOrder(
                            "zilveren-kruis",
                            "vgz",
                            "cz",
                            "menzis",
                            "dsw",
                            "zorg-en-zekerheid",
                            "onvz",
                            "asr");
            assertThat(set.insurers())
                    .allSatisfy(
                            p ->
                                    assertThat(p.versions())
                                            .extracting(ProfileVersion::version)
                                            .containsExactly("2024", "2025", "2026"));
        }

        @Test
        void everyUzoviCodeResolvesToItsConcernAndKeepsLeadingZeros() {
            // given the shipped profiles
            ProfileSet set = ProfileSet.load(SHIPPED);

            // when each label's code is looked up
            Map<String, String> expected =
                    Map.ofEntries(
                            Map.entry("3311", "zilveren-kruis"),
                            Map.entry("3313", "zilveren-kruis"),
                            Map.entry("3351", "zilveren-kruis"),
                            Map.entry("3358", "zilveren-kruis"),
                            Map.entry("7095", "vgz"),
                            Map.entry("0101", "vgz"),
                            Map.entry("9664", "cz"),
                            Map.entry("3332", "menzis"),
                            Map.entry("7029", "dsw"),
                            Map.entry("7085", "zorg-en-zekerheid"),
                            Map.entry("3343", "onvz"),
                            Map.entry("3365", "onvz"),
                            Map.entry("9018", "asr"));

            // then it belongs to the right insurer file
            expected.forEach(
                    (uzovi, id) ->
                            assertThat(set.insurerFor(uzovi))
                                    .as(uzovi)
                                    .map(InsurerProfile::id)
                                    .contains(id));
            assertThat(set.insurerFor("9664").orElseThrow().labels().get(0).verified()).isTrue();
            assertThat(set.insurerFor("3311").orElseThrow().labels().get(0).verified()).isFalse();
        }

        @Test
        void vgzOverlayWinsWhereItSaysSomethingAndNationalFillsTheRest() {
            // given the shipped profiles
            ProfileSet set = ProfileSet.load(SHIPPED);

            // when VGZ's UZOVI is resolved on a date in 2024
            EffectiveProfile p = set.resolve("7095", LocalDate.of(2024, 3, 15)).orElseThrow();

            // then VGZ's own conditions apply
            Terms s = p.settings();
            assertThat(p.label()).isEqualTo("vgz@2024");
            assertThat(p.nationalVersion().version()).isEqualTo("2024");
            assertThat(s.requiresRegularCareSameMonth()).isTrue();
            assertThat(s.coveredCategories())
                    .containsExactlyInAnyOrder(Technology.MEDICATION, Technology.VIDEO);
            assertThat(s.categoryCapsMinutes())
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of(Technology.MEDICATION, 150, Technology.VIDEO, 240));
            assertThat(s.tariffs())
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of("V", eur("79.50"), "PV", eur("63.80")));
            assertThat(s.tariffCeiling().basis()).isEqualTo(TariffBasis.LOWER_OF_V_PV);
            assertThat(s.tariffCeiling().perHour(s.tariffs())).contains(eur("63.80"));
            // and the national rule fills everything VGZ leaves out
            assertThat(s.monthlyCapMinutes()).isEqualTo(390);
            assertThat(s.contracted()).isTrue();
            assertThat(s.requiresApproval()).isFalse();
            assertThat(s.requiresZvw()).isTrue();
            assertThat(s.excludesWlzIndication()).isTrue();
            assertThat(s.excludedProducts()).isEmpty();
            assertThat(s.technologyCodes()).containsExactly("1062");
            assertThat(s.regularCareCodes())
                    .containsExactlyInAnyOrder("1000", "1001", "1002", "1003", "1004");
        }

        @Test
        void zilverenKruisLabelsShareOneProfileWithTariffsPerYear() {
            // given the shipped profiles
            ProfileSet set = ProfileSet.load(SHIPPED);

            // when Interpolis is resolved in 2024 and in 2025
            EffectiveProfile in2024 = set.resolve("3313", LocalDate.of(2024, 12, 31)).orElseThrow();
            EffectiveProfile in2025 = set.resolve("3313", LocalDate.of(2025, 12, 31)).orElseThrow();

            // then approval is required, pooled 6.5 hours apply and the tariffs follow the year
            assertThat(in2024.insurerId()).isEqualTo("zilveren-kruis");
            assertThat(in2024.settings().requiresApproval()).isTrue();
            assertThat(in2024.settings().monthlyCapMinutes()).isEqualTo(390);
            assertThat(in2024.settings().categoryCapsMinutes()).isEmpty();
            assertThat(in2024.settings().tariffCeiling().perHour(in2024.settings().tariffs()))
                    .contains(eur("62.00"));
            assertThat(in2025.label()).isEqualTo("zilveren-kruis@2025");
            assertThat(in2025.nationalVersion().version()).isEqualTo("2025");
            assertThat(in2025.settings().tariffs())
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of("V", eur("82.00"), "PV", eur("64.00")));
            assertThat(in2025.sourceOf(java.util.List.of("requiresApproval")))
                    .endsWith("(verified)");
            assertThat(in2025.sourceOf(java.util.List.of("tariffs", "tariffCeiling")))
                    .endsWith("(illustrative)");
            assertThat(in2025.sourceOf(java.util.List.of("monthlyCapMinutes")))
                    .startsWith("national rule applies");
            // and in Dutch, the run's default language, the wording around the citation is Dutch
            assertThat(
                            in2025.sourceOf(
                                    java.util.List.of("monthlyCapMinutes"),
                                    nl.tztcheck.i18n.Language.NL))
                    .startsWith(
                            "landelijke regel geldt (Zilveren Kruis stelt geen eigen waarde): ");
        }

        @Test
        void menzisIsNotContractedIn2024AndHasFourHoursIn2025() {
            // given the shipped profiles
            ProfileSet set = ProfileSet.load(SHIPPED);

            // when Menzis is resolved either side of the new year
            Terms s2024 = set.resolve("3332", LocalDate.of(2024, 6, 1)).orElseThrow().settings();
            Terms s2025 = set.resolve("3332", LocalDate.of(2025, 1, 1)).orElseThrow().settings();

            // then 2024 has no agreement (national tariffs stay) and 2025 a 240-minute cap
            assertThat(s2024.contracted()).isFalse();
            assertThat(s2024.tariffs())
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of("V", eur("88.35"), "PV", eur("67.94")));
            assertThat(s2025.contracted()).isTrue();
            assertThat(s2025.monthlyCapMinutes()).isEqualTo(240);
            assertThat(s2025.tariffCeiling().perHour(s2025.tariffs())).contains(eur("62.50"));
        }

        @Test
        void ceilingsOfTheOtherInsurers() {
            // given the shipped profiles
            ProfileSet set = ProfileSet.load(SHIPPED);
            LocalDate date = LocalDate.of(2024, 5, 10);

            // when each insurer's ceiling per hour is computed
            // then it follows the basis and percentage of its file
            assertThat(ceiling(set, "9664", date)).isEqualTo(eur("65.00"));
            assertThat(ceiling(set, "7029", date)).isEqualTo(eur("84.00"));
            assertThat(ceiling(set, "7085", date)).isEqualTo(eur("80.50"));
            assertThat(ceiling(set, "3365", date)).isEqualTo(eur("60.00"));
            assertThat(ceiling(set, "9018", date)).isEqualTo(eur("56.70"));
            assertThat(set.resolve("7085", date).orElseThrow().settings().excludedProducts())
                    .containsExactly("medminder");
            assertThat(set.resolve("9018", date).orElseThrow().settings().monthlyCapMinutes())
                    .isEqualTo(240);
        }

        private Money ceiling(ProfileSet set, String uzovi, LocalDate date) {
            Terms s = set.resolve(uzovi, date).orElseThrow().settings();
            return s.tariffCeiling().perHour(s.tariffs()).orElseThrow();
        }

        @Test
        void beforeTheInsurerVersionsThereIsNoProfileButTheNationalRuleStillKnowsTheYear() {
            // given the shipped profiles (insurer versions start in 2024, the national rule in
            // 2016)
            ProfileSet set = ProfileSet.load(SHIPPED);

            // when a 2018 and a 2023 date are resolved
            // then no insurer profile applies, while the national split of 2016-2019 is known
            assertThat(set.resolve("7095", LocalDate.of(2023, 12, 31))).isEmpty();
            assertThat(set.resolve("7095", LocalDate.of(2018, 4, 1))).isEmpty();
            ProfileSettings n2018 =
                    set.nationalOn(LocalDate.of(2018, 4, 1)).orElseThrow().settings();
            assertThat(n2018.categoryCapsMinutes())
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of(Technology.MEDICATION, 150, Technology.VIDEO, 240));
            assertThat(n2018.coveredCategories())
                    .containsExactlyInAnyOrder(Technology.MEDICATION, Technology.VIDEO);
            assertThat(set.nationalOn(LocalDate.of(2015, 12, 31))).isEmpty();
        }

        @Test
        void unknownUzoviHasNoProfile() {
            // given the shipped profiles
            ProfileSet set = ProfileSet.load(SHIPPED);

            // when a code no file claims is resolved
            // then there is no profile (the line is unchecked: NO_PROFILE)
            assertThat(set.resolve("1234", LocalDate.of(2024, 1, 1))).isEmpty();
            assertThat(set.insurerFor("1234")).isEmpty();
        }

        @Test
        void kindOfClassifiesTechnologyRegularCareAndOtherCodes() {
            // given the shipped profiles
            ProfileSet set = ProfileSet.load(SHIPPED);
            LocalDate date = LocalDate.of(2024, 2, 1);

            // when service codes are classified, for a known and an unknown UZOVI and a date before
            // every version
            // then 1062 is technology, 1000-1004 regular care and anything else other
            assertThat(set.kindOf("1062", "7095", date)).isEqualTo(LineKind.TECHNOLOGY);
            assertThat(set.kindOf("1000", "7095", date)).isEqualTo(LineKind.REGULAR_CARE);
            assertThat(set.kindOf("1004", "9999", date)).isEqualTo(LineKind.REGULAR_CARE);
            assertThat(set.kindOf("1062", "9999", date)).isEqualTo(LineKind.TECHNOLOGY);
            assertThat(set.kindOf("1030", "7095", date)).isEqualTo(LineKind.OTHER);
            assertThat(set.kindOf("1062", "7095", LocalDate.of(2001, 1, 1)))
                    .isEqualTo(LineKind.TECHNOLOGY);
        }

        @Test
        void fingerprintIsStableAcrossLoadsAndChangesWithAnyFile(@TempDir Path dir)
                throws IOException {
            // given a copy of the shipped profiles
            try (Stream<Path> files = Files.list(SHIPPED)) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }

            // when it is loaded twice, and again after one file changes by one comment
            String first = ProfileSet.load(dir).fingerprint();
            String second = ProfileSet.load(dir).fingerprint();
            Files.writeString(
                    dir.resolve("dsw.yaml"),
                    "# reviewed\n",
                    StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
            String changed = ProfileSet.load(dir).fingerprint();

            // then the same files give the same fingerprint (the copy equals the original) and a
            // change shows
            assertThat(first)
                    .hasSize(64)
                    .isEqualTo(second)
                    .isEqualTo(ProfileSet.load(SHIPPED).fingerprint());
            assertThat(changed).isNotEqualTo(first);
        }
    }

    @Nested
    class Merging {

        @Test
        void tariffsMergePerKeyWhileMapsAndSetsReplaceWhole(@TempDir Path dir) throws IOException {
            // given an overlay that sets only the PV tariff, one category cap and one covered
            // category
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    insurer(
                            "x",
                            "1111",
                            """
                    tariffs: {PV: 60.00}
                    categoryCapsMinutes: {VIDEO: 100}
                    coveredCategories: [VIDEO]
                    """));

            // when it is resolved
            Terms s =
                    ProfileSet.load(dir)
                            .resolve("1111", LocalDate.of(2024, 7, 1))
                            .orElseThrow()
                            .settings();

            // then V comes from the national rule, PV from the overlay; caps and categories are the
            // overlay's alone
            assertThat(s.tariffs())
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of("V", eur("88.35"), "PV", eur("60.00")));
            assertThat(s.categoryCapsMinutes())
                    .containsExactlyInAnyOrderEntriesOf(Map.of(Technology.VIDEO, 100));
            assertThat(s.coveredCategories()).containsExactly(Technology.VIDEO);
            assertThat(s.tariffCeiling().perHour(s.tariffs())).contains(eur("88.35"));
        }

        @Test
        void dateInAGapOfTheNationalRuleHasNoProfile(@TempDir Path dir) throws IOException {
            // given a national rule without a 2023 version and an insurer whose version covers
            // 2022-2025
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    """
                    id: x
                    name: X
                    labels: [{uzovi: "1111", name: X, verified: false}]
                    versions:
                      - version: "2022-2025"
                        validFrom: 2022-01-01
                        validTo: 2025-12-31
                        source: {title: test, verified: false}
                    """);
            ProfileSet set = ProfileSet.load(dir);

            // when dates either side of and inside the gap are resolved
            // then the gap has no profile, validFrom and validTo are inclusive
            assertThat(set.resolve("1111", LocalDate.of(2022, 12, 31)))
                    .map(p -> p.nationalVersion().version())
                    .contains("2022");
            assertThat(set.resolve("1111", LocalDate.of(2023, 1, 1))).isEmpty();
            assertThat(set.resolve("1111", LocalDate.of(2023, 12, 31))).isEmpty();
            assertThat(set.resolve("1111", LocalDate.of(2024, 1, 1)))
                    .map(p -> p.nationalVersion().version())
                    .contains("2024");
            assertThat(set.resolve("1111", LocalDate.of(2025, 12, 31))).isPresent();
            assertThat(set.resolve("1111", LocalDate.of(2026, 1, 1))).isEmpty();
        }
    }

    @Nested
    class InvalidProfiles {

        @Test
        void everyProblemIsWordedInDutchByDefaultAndInEnglishWithEn(@TempDir Path dir)
                throws IOException {
            // given an insurer file with a misspelt key, a cap above the national one and a UZOVI
            // without its leading zero
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    insurer("x", "101", "monthlyCap: 300\ncategoryCapsMinutes: {VIDEO: 400}\n"));

            // when the set is loaded and the refusal worded as check prints it
            InvalidProfilesException e =
                    catchThrowableOfType(
                            InvalidProfilesException.class, () -> ProfileSet.load(dir));

            // then in Dutch each problem names file and field and says what is wrong and what to do
            String dutch = e.describe(nl.tztcheck.i18n.Language.NL);
            assertThat(dutch)
                    .startsWith("3 probleem/problemen in de verzekeraarsprofielen:")
                    .contains(
                            "x.yaml, veld labels[0].uzovi: '101' is geen UZOVI-code van 4 cijfers; zet hem tussen aanhalingstekens")
                    .contains(
                            "x.yaml, veld versions[0].monthlyCap: onbekende sleutel; hier bekende sleutels zijn [")
                    .contains(
                            "400 minuten is boven het landelijke maximum van 390 minuten per cliënt per maand")
                    .doesNotContain("unknown key", "field ");
            // and in English, as before, for --lang en
            assertThat(e.describe(nl.tztcheck.i18n.Language.EN))
                    .startsWith("3 problem(s) in the insurer profiles:")
                    .contains(
                            "x.yaml, field versions[0].monthlyCap: unknown key; known keys here are [");
            assertThat(e.getMessage()).isEqualTo(e.describe(nl.tztcheck.i18n.Language.EN));
        }

        @Test
        void unknownKey(@TempDir Path dir) throws IOException {
            // given an insurer version with a misspelt key
            write(dir, "national.yaml", NATIONAL);
            write(dir, "x.yaml", insurer("x", "1111", "monthlyCap: 300\n"));

            // when loading, then the file, the field and "unknown key" are reported
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("versions[0].monthlyCap");
            assertThat(p.problem()).contains("unknown key", "monthlyCapMinutes");
        }

        @Test
        void keyThatYamlReadsAsANumberIsReportedNotACrash(@TempDir Path dir) throws IOException {
            // given keys YAML reads as a number and as a boolean
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    insurer("x", "1111", "1062: true\ncategoryCapsMinutes: {yes: 10}\n"));

            // when loading
            List<ProfileProblem> problems = problemsOf(dir);

            // then both are reported with their field
            assertThat(problems)
                    .extracting(ProfileProblem::field)
                    .containsExactlyInAnyOrder(
                            "versions[0].1062", "versions[0].categoryCapsMinutes.true");
            assertThat(problems.get(0).problem()).contains("unknown key");
        }

        @Test
        void monthlyCapAboveNational(@TempDir Path dir) throws IOException {
            // given an insurer allowing 400 minutes a month
            write(dir, "national.yaml", NATIONAL);
            write(dir, "x.yaml", insurer("x", "1111", "monthlyCapMinutes: 400\n"));

            // when loading, then the cap is refused against the national 390
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("versions[2024].monthlyCapMinutes");
            assertThat(p.problem()).contains("400 minutes", "above the national cap of 390");
        }

        @Test
        void categoryCapAboveNational(@TempDir Path dir) throws IOException {
            // given an insurer allowing 391 minutes of video care
            write(dir, "national.yaml", NATIONAL);
            write(dir, "x.yaml", insurer("x", "1111", "categoryCapsMinutes: {VIDEO: 391}\n"));

            // when loading, then the category cap is refused
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("versions[2024].categoryCapsMinutes.VIDEO");
            assertThat(p.problem()).contains("391 minutes", "above the national cap of 390");
        }

        @Test
        void overlappingValidityPeriods(@TempDir Path dir) throws IOException {
            // given an open-ended 2024 version and a 2025 version that starts while it still runs
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    """
                    id: x
                    name: X
                    labels: [{uzovi: "1111", name: X, verified: false}]
                    versions:
                      - {version: "2024", validFrom: 2024-01-01, source: {title: t, verified: false}}
                      - {version: "2025", validFrom: 2025-01-01, source: {title: t, verified: false}}
                    """);

            // when loading, then the overlap is reported with both periods
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("versions (2024, 2025)");
            assertThat(p.problem())
                    .contains(
                            "validity periods overlap", "2024-01-01 .. open", "2025-01-01 .. open");
        }

        @Test
        void validToBeforeValidFrom(@TempDir Path dir) throws IOException {
            // given a version that ends before it starts
            write(dir, "national.yaml", NATIONAL);
            write(dir, "x.yaml", insurer("x", "1111", "validTo: 2023-12-31\n"));

            // when loading, then validTo is reported
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("versions[0].validTo");
            assertThat(p.problem()).contains("2023-12-31 lies before validFrom 2024-01-01");
        }

        @Test
        void uzoviClaimedByTwoInsurers(@TempDir Path dir) throws IOException {
            // given two insurer files that both list 3311
            write(dir, "national.yaml", NATIONAL);
            write(dir, "a.yaml", insurer("a", "3311", ""));
            write(dir, "b.yaml", insurer("b", "3311", ""));

            // when loading, then the second file (in name order) is told who owns the code
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("b.yaml");
            assertThat(p.field()).isEqualTo("labels[0].uzovi");
            assertThat(p.problem()).contains("UZOVI 3311", "already claimed by a.yaml");
        }

        @Test
        void ceilingNeedsATariffThatNeitherFileSets(@TempDir Path dir) throws IOException {
            // given a national version without a V tariff and an insurer whose ceiling is the V
            // tariff
            write(
                    dir,
                    "national.yaml",
                    NATIONAL.replace("tariffs: {V: 88.35, PV: 67.94}", "tariffs: {PV: 67.94}")
                            .replace("basis: HIGHER_OF_V_PV", "basis: PV"));
            write(
                    dir,
                    "x.yaml",
                    insurer("x", "1111", "tariffs: {PV: 60.00}\ntariffCeiling: {basis: V}\n"));

            // when loading, then the missing V tariff is reported on the insurer's version
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("versions[2024].tariffs");
            assertThat(p.problem()).contains("ceiling V needs tariffs.V", "national 2024", "[PV]");
        }

        @Test
        void percentageAbove100(@TempDir Path dir) throws IOException {
            // given a ceiling of 110% of the PV tariff
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    insurer("x", "1111", "tariffCeiling: {basis: PV, percentage: 110}\n"));

            // when loading, then the percentage is refused
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("versions[0].tariffCeiling.percentage");
            assertThat(p.problem()).contains("110", "at most 100");
        }

        @Test
        void fixedCeilingWithoutAmount(@TempDir Path dir) throws IOException {
            // given a FIXED ceiling with no amount
            write(dir, "national.yaml", NATIONAL);
            write(dir, "x.yaml", insurer("x", "1111", "tariffCeiling: {basis: FIXED}\n"));

            // when loading, then the amount is asked for
            List<ProfileProblem> problems = problemsOf(dir);
            assertThat(problems)
                    .anySatisfy(
                            p -> {
                                assertThat(p.file()).isEqualTo("x.yaml");
                                assertThat(p.field()).isEqualTo("versions[0].tariffCeiling.amount");
                                assertThat(p.problem()).contains("basis FIXED needs an amount");
                            });
        }

        @Test
        void missingSource(@TempDir Path dir) throws IOException {
            // given a version without provenance
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    """
                    id: x
                    name: X
                    labels: [{uzovi: "1111", name: X, verified: false}]
                    versions:
                      - {version: "2024", validFrom: 2024-01-01, requiresApproval: true}
                    """);

            // when loading, then the source is required
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("versions[0].source");
            assertThat(p.problem()).contains("every version states its source");
        }

        @Test
        void sourceWithoutVerified(@TempDir Path dir) throws IOException {
            // given a source that does not say whether it was verified
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    insurer("x", "1111", "")
                            .replace("{title: test, verified: false}", "{title: test}"));

            // when loading, then verified is required
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("versions[0].source.verified");
            assertThat(p.problem()).contains("is required (true or false)");
        }

        @Test
        void badDatesAreRefusedNotRolledOver(@TempDir Path dir) throws IOException {
            // given a month 13, a 30 February and a date that is not a date
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    """
                    id: x
                    name: X
                    labels: [{uzovi: "1111", name: X, verified: false}]
                    versions:
                      - {version: a, validFrom: 2024-13-01, source: {title: t, verified: false}}
                      - {version: b, validFrom: 2025-02-30, source: {title: t, verified: false}}
                      - {version: c, validFrom: "first of May", source: {title: t, verified: false}}
                    """);

            // when loading, then each date is reported as it was written
            List<ProfileProblem> problems = problemsOf(dir);
            assertThat(problems).extracting(ProfileProblem::file).containsOnly("x.yaml");
            assertThat(problems)
                    .extracting(ProfileProblem::field)
                    .containsExactly(
                            "versions[0].validFrom",
                            "versions[1].validFrom",
                            "versions[2].validFrom");
            assertThat(problems)
                    .extracting(ProfileProblem::problem)
                    .containsExactly(
                            "expected a date such as 2024-01-01, found '2024-13-01'",
                            "expected a date such as 2024-01-01, found '2025-02-30'",
                            "expected a date such as 2024-01-01, found 'first of May'");
        }

        @Test
        void unknownCategory(@TempDir Path dir) throws IOException {
            // given a cap and a covered category for a technology that does not exist
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    insurer(
                            "x",
                            "1111",
                            "categoryCapsMinutes: {ROBOT: 60}\ncoveredCategories: [VIDEO, ROBOT]\n"));

            // when loading, then both are reported with the allowed words
            List<ProfileProblem> problems = problemsOf(dir);
            assertThat(problems)
                    .extracting(ProfileProblem::field)
                    .containsExactlyInAnyOrder(
                            "versions[0].categoryCapsMinutes.ROBOT",
                            "versions[0].coveredCategories");
            assertThat(problems)
                    .allSatisfy(
                            p -> {
                                assertThat(p.file()).isEqualTo("x.yaml");
                                assertThat(p.problem())
                                        .contains(
                                                "not a technology category",
                                                "MEDICATION, VIDEO or OTHER");
                            });
        }

        @Test
        void nationalFileMissing(@TempDir Path dir) throws IOException {
            // given a directory with only an insurer file
            write(dir, "x.yaml", insurer("x", "1111", ""));

            // when loading, then the missing national rule is the one problem
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).endsWith("national.yaml");
            assertThat(p.field()).isEqualTo("(file)");
            assertThat(p.problem()).contains("missing", "national rule");
        }

        @Test
        void nationalVersionMissingADimension(@TempDir Path dir) throws IOException {
            // given a national 2024 version without requiresZvw
            int at = NATIONAL.lastIndexOf("    requiresZvw: true\n");
            write(
                    dir,
                    "national.yaml",
                    NATIONAL.substring(0, at)
                            + NATIONAL.substring(at + "    requiresZvw: true\n".length()));

            // when loading, then the national file names the dimension
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("national.yaml");
            assertThat(p.field()).isEqualTo("versions[1].requiresZvw");
            assertThat(p.problem()).contains("national rule must set every dimension");
        }

        @Test
        void uzoviNotFourDigits(@TempDir Path dir) throws IOException {
            // given a 3-digit code and an unquoted 0101, which YAML reads as the octal number 65
            write(dir, "national.yaml", NATIONAL);
            write(dir, "x.yaml", insurer("x", "123", ""));
            write(
                    dir,
                    "y.yaml",
                    insurer("y", "0101", "").replace("uzovi: \"0101\"", "uzovi: 0101"));

            // when loading, then both codes are refused with the hint to quote
            List<ProfileProblem> problems = problemsOf(dir);
            assertThat(problems)
                    .extracting(ProfileProblem::file, ProfileProblem::field)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("x.yaml", "labels[0].uzovi"),
                            org.assertj.core.groups.Tuple.tuple("y.yaml", "labels[0].uzovi"));
            assertThat(problems.get(0).problem())
                    .contains("'123' is not a 4-digit UZOVI code", "quote it");
            assertThat(problems.get(1).problem()).contains("'65' is not a 4-digit UZOVI code");
        }

        @Test
        void aliasBombIsRefused(@TempDir Path dir) throws IOException {
            // given a billion-laughs style file
            write(dir, "national.yaml", NATIONAL);
            StringBuilder bomb =
                    new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (char c = 'b'; c <= 'i'; c++) {
                char prev = (char) (c - 1);
                bomb.append(c).append(": &").append(c).append(" [");
                bomb.append(String.join(", ", java.util.Collections.nCopies(9, "*" + prev)))
                        .append("]\n");
            }
            write(dir, "bomb.yaml", bomb.toString());

            // when loading, then the file is refused as unreadable without expanding it
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("bomb.yaml");
            assertThat(p.field()).isEqualTo("(file)");
            assertThat(p.problem()).contains("not readable as YAML", "aliases");
        }

        @Test
        void duplicateKeysAreRefused(@TempDir Path dir) throws IOException {
            // given an insurer version that sets the same key twice
            write(dir, "national.yaml", NATIONAL);
            write(
                    dir,
                    "x.yaml",
                    insurer("x", "1111", "monthlyCapMinutes: 100\nmonthlyCapMinutes: 390\n"));

            // when loading, then the file is refused instead of silently taking one value
            ProfileProblem p = onlyProblem(dir);
            assertThat(p.file()).isEqualTo("x.yaml");
            assertThat(p.field()).isEqualTo("(file)");
            assertThat(p.problem())
                    .contains("not readable as YAML: found duplicate key monthlyCapMinutes (line");
        }

        @Test
        void severalProblemsAreReportedAtOnce(@TempDir Path dir) throws IOException {
            // given three things wrong in two files
            write(
                    dir,
                    "national.yaml",
                    NATIONAL.replaceFirst("monthlyCapMinutes: 390", "monthlyCapMinutes: lots"));
            write(
                    dir,
                    "x.yaml",
                    insurer(
                            "x",
                            "1111",
                            "colour: blue\ntariffCeiling: {basis: PV, percentage: 0}\n"));

            // when loading
            InvalidProfilesException e =
                    catchThrowableOfType(
                            InvalidProfilesException.class, () -> ProfileSet.load(dir));

            // then every problem is listed, each with its file and field, and the message names
            // them all
            assertThat(e.problems())
                    .extracting(ProfileProblem::file, ProfileProblem::field)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple(
                                    "national.yaml", "versions[0].monthlyCapMinutes"),
                            org.assertj.core.groups.Tuple.tuple("x.yaml", "versions[0].colour"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "x.yaml", "versions[0].tariffCeiling.percentage"));
            assertThat(e.getMessage())
                    .contains(
                            "problem(s) in the insurer profiles",
                            "national.yaml, field versions[0].monthlyCapMinutes",
                            "x.yaml, field versions[0].colour");
        }

        @Test
        void notADirectory(@TempDir Path dir) {
            // given a path that does not exist
            Path missing = dir.resolve("nope");

            // when loading, then the user is told to pass the profile directory
            assertThatThrownBy(() -> ProfileSet.load(missing))
                    .isInstanceOf(InvalidProfilesException.class)
                    .hasMessageContaining("is not a directory");
        }
    }

    @Test
    void shippedFilesAreOnlyTheExpectedOnes() throws IOException {
        // given the shipped directory
        // when its files are listed
        // then it holds the national rule and one file per insurer concern, nothing else
        try (Stream<Path> files = Files.list(SHIPPED)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(
                            Set.of(
                                    "national.yaml",
                                    "zilveren-kruis.yaml",
                                    "vgz.yaml",
                                    "cz.yaml",
                                    "menzis.yaml",
                                    "dsw.yaml",
                                    "zorg-en-zekerheid.yaml",
                                    "onvz.yaml",
                                    "asr.yaml"));
        }
    }
}
