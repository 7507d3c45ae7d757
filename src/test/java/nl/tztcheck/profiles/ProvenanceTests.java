package nl.tztcheck.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How far each profile value can be trusted: a dimension is verified only where a quote backs it,
 * the quotes of the shipped profiles are the sources' own words (found in docs/sources/), and years
 * no source was found for say so.
 */
class ProvenanceTests {

    private static final Path SHIPPED = Path.of("insurer-profiles");
    private static final Path SOURCES = Path.of("docs/sources");

    /**
     * Whitespace collapsed and markdown emphasis removed, so a quote spanning lines of an excerpt
     * still matches.
     */
    private static String normalised(String text) {
        return text.replace("**", "").replaceAll("\\s+", " ").trim();
    }

    private static String allSourceExcerpts() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.sorted().toList()) {
                all.append(normalised(Files.readString(f, StandardCharsets.UTF_8))).append('\n');
            }
        }
        return all.toString();
    }

    private static List<ProfileVersion> shippedVersions(ProfileSet set) {
        return Stream.concat(Stream.of(set.national()), set.insurers().stream())
                .flatMap(p -> p.versions().stream())
                .toList();
    }

    @Nested
    class ShippedProfiles {

        @Test
        void everyVerifiedDimensionIsBackedByAQuoteThatTheSourceExcerptsContainWordForWord()
                throws IOException {
            // given the shipped profiles and the source excerpts copied into docs/sources/
            ProfileSet set = ProfileSet.load(SHIPPED);
            String excerpts = allSourceExcerpts();

            // then each dimension a version marks verified has a non-empty quote naming it, found
            // verbatim in an excerpt
            int verified = 0;
            for (InsurerProfile profile :
                    Stream.concat(Stream.of(set.national()), set.insurers().stream()).toList()) {
                for (ProfileVersion v : profile.versions()) {
                    for (String d : ProfileSettings.DIMENSIONS) {
                        if (v.settings().sets(d) && v.source().trustOf(d) == Trust.VERIFIED) {
                            verified++;
                            List<Quote> backing =
                                    v.source().quotes().stream()
                                            .filter(q -> q.dimensions().contains(d))
                                            .toList();
                            assertThat(backing)
                                    .as(
                                            "%s %s: quote for verified %s",
                                            profile.file(), v.version(), d)
                                    .isNotEmpty();
                            for (Quote q : backing) {
                                assertThat(q.text()).isNotBlank();
                                assertThat(excerpts)
                                        .as(
                                                "%s %s: quote for %s in docs/sources",
                                                profile.file(), v.version(), d)
                                        .contains(normalised(q.text()));
                            }
                        }
                    }
                    for (String condition : v.conditionsNotChecked()) {
                        assertThat(excerpts)
                                .as("%s %s: condition not checked", profile.file(), v.version())
                                .contains(normalised(condition));
                    }
                }
            }
            // and the shipped set does verify something (the test cannot pass vacuously)
            assertThat(verified).isGreaterThan(10);
        }

        @Test
        void vgzCoverageAndSameMonthCareAreReadingsNotQuotesAndItsUncheckableConditionsAreListed() {
            // given VGZ's 2024 version
            ProfileSet set = ProfileSet.load(SHIPPED);
            EffectiveProfile vgz = set.resolve("7095", LocalDate.of(2024, 3, 1)).orElseThrow();

            // then only what its page says word for word could be verified: coverage and same-month
            // care are not
            assertThat(vgz.trustOf("coveredCategories")).isEqualTo(Trust.UNVERIFIED);
            assertThat(vgz.trustOf("requiresRegularCareSameMonth")).isEqualTo(Trust.UNVERIFIED);
            assertThat(vgz.trustOf("tariffs")).isEqualTo(Trust.ILLUSTRATIVE);
            assertThat(vgz.trust()).isEqualTo(Trust.ILLUSTRATIVE);
            // and the application by form and no double financing are listed as conditions a claims
            // file cannot show
            assertThat(vgz.insurerVersion().conditionsNotChecked())
                    .anyMatch(c -> c.contains("formulier"))
                    .anyMatch(c -> c.contains("dubbele financiering"));
            // and a finding citing it says so in the run's language
            assertThat(vgz.sourceOf(List.of("coveredCategories"), Language.NL))
                    .endsWith("(niet geverifieerd)");
            assertThat(vgz.sourceOf(List.of("coveredCategories"), Language.EN))
                    .endsWith("(unverified)");
        }

        @Test
        void nationalTariffsAreVerifiedOnlyForTheYearOfTheDecisionQuoted() {
            // given the national versions
            ProfileSet set = ProfileSet.load(SHIPPED);

            // then the 2024 maxima are verified in 2024 only; reused elsewhere they are unverified
            assertThat(
                            set.nationalOn(LocalDate.of(2024, 6, 1))
                                    .orElseThrow()
                                    .source()
                                    .trustOf("tariffs"))
                    .isEqualTo(Trust.VERIFIED);
            for (int year : new int[] {2017, 2021, 2025, 2026}) {
                ProfileVersion v = set.nationalOn(LocalDate.of(year, 6, 1)).orElseThrow();
                assertThat(v.source().trustOf("tariffs"))
                        .as("tariffs %d", year)
                        .isEqualTo(Trust.UNVERIFIED);
            }
            // and the 2016-2019 ceiling (simplified to the higher of V and PV) is unverified, its
            // caps verified
            ProfileVersion old = set.nationalOn(LocalDate.of(2018, 1, 1)).orElseThrow();
            assertThat(old.source().trustOf("tariffCeiling")).isEqualTo(Trust.UNVERIFIED);
            assertThat(old.source().trustOf("categoryCapsMinutes")).isEqualTo(Trust.VERIFIED);
        }

        @Test
        void noVersionIsOpenEndedAndEveryYearAfter2024CarriesEarlierTermsForward() {
            // given the shipped profiles
            ProfileSet set = ProfileSet.load(SHIPPED);

            // then every version ends, and none later than 2026
            assertThat(shippedVersions(set))
                    .allSatisfy(
                            v ->
                                    assertThat(v.validTo())
                                            .as(v.version())
                                            .isNotNull()
                                            .isBeforeOrEqualTo(LocalDate.of(2026, 12, 31)));
            // and a 2026 line of any insurer, and a 2025 line (no 2025 NZa source), is judged by
            // terms no source backs
            for (InsurerProfile insurer : set.insurers()) {
                String uzovi = insurer.labels().get(0).uzovi();
                assertThat(
                                set.resolve(uzovi, LocalDate.of(2026, 2, 1))
                                        .orElseThrow()
                                        .sourcedForPeriod())
                        .as(insurer.id())
                        .isFalse();
                assertThat(
                                set.resolve(uzovi, LocalDate.of(2025, 2, 1))
                                        .orElseThrow()
                                        .sourcedForPeriod())
                        .as(insurer.id())
                        .isFalse();
                assertThat(
                                set.resolve(uzovi, LocalDate.of(2024, 2, 1))
                                        .orElseThrow()
                                        .sourcedForPeriod())
                        .as(insurer.id())
                        .isTrue();
            }
        }

        @Test
        void illustrativeInsurersAreIllustrativeAndNoneIsVerifiedAsAWhole() {
            // given the shipped profiles
            ProfileSet set = ProfileSet.load(SHIPPED);

            // then the insurers without a public source are illustrative, and the set as a whole is
            // too
            for (String uzovi : List.of("9664", "3332", "7029", "7085", "3343", "9018")) {
                assertThat(set.resolve(uzovi, LocalDate.of(2024, 5, 1)).orElseThrow().trust())
                        .as(uzovi)
                        .isEqualTo(Trust.ILLUSTRATIVE);
            }
            assertThat(set.trust()).isEqualTo(Trust.ILLUSTRATIVE);
            // and the national 2024 rule is unverified only for its configuration codes
            EffectiveProfile zk = set.resolve("3311", LocalDate.of(2024, 5, 1)).orElseThrow();
            assertThat(zk.dimensionsByTrust().get(Trust.UNVERIFIED))
                    .containsExactly("technologyCodes", "regularCareCodes");
            assertThat(zk.trustOf("requiresApproval")).isEqualTo(Trust.VERIFIED);
        }
    }

    @Nested
    class SourceStates {

        @Test
        void aSourceTellsVerifiedIllustrativeAndUnverifiedApart() {
            // given a source that quotes the cap, invents the tariffs and says nothing of the
            // ceiling
            Source s =
                    new Source(
                            "doc",
                            null,
                            null,
                            null,
                            false,
                            null,
                            java.util.Set.of("monthlyCapMinutes"),
                            false,
                            java.util.Set.of("tariffs"),
                            List.of(new Quote(List.of("monthlyCapMinutes"), "max 6,5 uur")));

            // then each dimension has its own state, and the worst wins over several
            assertThat(s.trustOf("monthlyCapMinutes")).isEqualTo(Trust.VERIFIED);
            assertThat(s.trustOf("tariffs")).isEqualTo(Trust.ILLUSTRATIVE);
            assertThat(s.trustOf("tariffCeiling")).isEqualTo(Trust.UNVERIFIED);
            assertThat(s.trustOf(List.of("monthlyCapMinutes", "tariffCeiling")))
                    .isEqualTo(Trust.UNVERIFIED);
            assertThat(s.cite(List.of("tariffs"), Language.NL)).isEqualTo("doc (illustratief)");
        }
    }

    @Nested
    class Validation {

        private static final String NATIONAL =
                """
                id: national
                name: National
                versions:
                  - version: "2024"
                    validFrom: 2024-01-01
                    validTo: 2024-12-31
                    source: {title: NZa, verified: false}
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

        private static String insurer(String source, String extra) {
            return """
                    id: ins
                    name: Ins
                    labels: [{uzovi: "1234", name: Ins, verified: false}]
                    versions:
                      - version: "2024"
                        validFrom: 2024-01-01
                        validTo: 2024-12-31
                        source: %s
                        requiresApproval: true
                        tariffs: {PV: 60.00}
                    %s"""
                    .formatted(source, extra);
        }

        private List<ProfileProblem> problems(Path dir, String insurerFile) throws IOException {
            Files.writeString(dir.resolve("national.yaml"), NATIONAL, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("ins.yaml"), insurerFile, StandardCharsets.UTF_8);
            InvalidProfilesException e =
                    catchThrowableOfType(
                            InvalidProfilesException.class, () -> ProfileSet.load(dir));
            return e == null ? List.of() : e.problems();
        }

        @Test
        void aVerifiedDimensionWithoutAQuoteIsRefusedWithFileAndField(@TempDir Path dir)
                throws IOException {
            // given an insurer version that marks approval verified but quotes nothing
            List<ProfileProblem> problems =
                    problems(
                            dir,
                            insurer(
                                    "{title: doc, verified: false, verifiedDimensions: [requiresApproval]}",
                                    ""));

            // then loading fails naming the file, the field and the dimension
            assertThat(problems)
                    .singleElement()
                    .satisfies(
                            p -> {
                                assertThat(p.file()).isEqualTo("ins.yaml");
                                assertThat(p.field())
                                        .isEqualTo("versions[0].source.verifiedDimensions");
                                assertThat(p.problem())
                                        .contains("requiresApproval")
                                        .contains("quote");
                            });
        }

        @Test
        void aWhollyVerifiedVersionNeedsAQuoteForEveryDimensionItSets(@TempDir Path dir)
                throws IOException {
            // given a version marked verified whose quote backs approval but not the tariffs
            List<ProfileProblem> problems =
                    problems(
                            dir,
                            insurer(
                                    "{title: doc, verified: true, quotes: [{dimensions: [requiresApproval], quote: \"eerst toestemming\"}]}",
                                    ""));

            // then the tariffs are the one problem
            assertThat(problems)
                    .singleElement()
                    .satisfies(
                            p -> {
                                assertThat(p.field()).isEqualTo("versions[0].source.verified");
                                assertThat(p.problem()).startsWith("tariffs is marked verified");
                            });
        }

        @Test
        void aQuotedVersionLoadsAndAQuoteMustNameKnownDimensions(@TempDir Path dir)
                throws IOException {
            // given a correctly quoted version, then one quoting an unknown dimension
            assertThat(
                            problems(
                                    dir,
                                    insurer(
                                            "{title: doc, verified: false, verifiedDimensions: [requiresApproval],"
                                                    + " illustrativeDimensions: [tariffs], quotes: [{dimensions: [requiresApproval], quote: \"eerst toestemming\"}]}",
                                            "")))
                    .isEmpty();
            List<ProfileProblem> problems =
                    problems(
                            dir,
                            insurer(
                                    "{title: doc, verified: false, quotes: [{dimensions: [approval], quote: \"eerst toestemming\"}]}",
                                    ""));

            // then the unknown dimension is named
            assertThat(problems)
                    .singleElement()
                    .satisfies(
                            p ->
                                    assertThat(p.field())
                                            .isEqualTo("versions[0].source.quotes[0].dimensions"));
        }

        @Test
        void verifiedAndIllustrativeExcludeEachOther(@TempDir Path dir) throws IOException {
            // given a dimension marked both ways
            List<ProfileProblem> problems =
                    problems(
                            dir,
                            insurer(
                                    "{title: doc, verified: false, verifiedDimensions: [requiresApproval],"
                                            + " illustrativeDimensions: [requiresApproval], quotes: [{dimensions: [requiresApproval], quote: \"x\"}]}",
                                    ""));

            // then that is refused
            assertThat(problems)
                    .singleElement()
                    .satisfies(
                            p ->
                                    assertThat(p.field())
                                            .isEqualTo(
                                                    "versions[0].source.illustrativeDimensions"));
        }

        @Test
        void carriedForwardFromMustNameAnEarlierVersionOfTheSameFile(@TempDir Path dir)
                throws IOException {
            // given a 2025 version that carries forward a version the file does not have
            String later =
                    """
                      - version: "2025"
                        validFrom: 2025-01-01
                        validTo: 2025-12-31
                        carriedForwardFrom: "2023"
                        source: {title: none found, verified: false}
                    """;
            List<ProfileProblem> problems =
                    problems(dir, insurer("{title: doc, verified: false}", later));

            // then the field is named
            assertThat(problems)
                    .singleElement()
                    .satisfies(
                            p -> {
                                assertThat(p.field())
                                        .isEqualTo("versions[2025].carriedForwardFrom");
                                assertThat(p.problem()).contains("'2023'");
                            });
        }
    }
}
