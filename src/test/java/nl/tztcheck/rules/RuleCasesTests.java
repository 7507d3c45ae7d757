package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every rule case under src/test/resources/rules/cases/CODE/{positive,negative}/NN: the check
 * of the case's input (with the test profiles and costs of {@link RuleFixtures}) must produce
 * exactly the findings in expected.csv, no more and no fewer; findings are compared as a multiset,
 * since their order across client-months depends on the pseudonym key. A positive case must produce
 * CODE, a negative case must not. An optional insurance.csv ({@code
 * client_id;month;state;uzovi;from;to}) stands in for the insurance verification service. The input
 * is the one file named {@code claims.*}: claims.csv, or an export in any other format the check
 * reads (an AW319 file, for rules only AW319 can trigger).
 */
class RuleCasesTests {

    static final Path CASES = Path.of("src/test/resources/rules/cases");
    static final String EXPECTED_HEADER =
            "line_id;code;minutes_allowed;claimed_cents;reimbursable_cents;at_risk_cents;cost_gap_cents;underclaimed_cents";

    /** One case directory: its rule code, positive or negative, and its number. */
    record RuleCase(String code, boolean positive, Path dir) {
        @Override
        public String toString() {
            return code + "/" + (positive ? "positive" : "negative") + "/" + dir.getFileName();
        }
    }

    static List<RuleCase> allCases() {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(p -> p.getFileName().toString().equals("expected.csv"))
                    .map(Path::getParent)
                    .map(
                            dir -> {
                                Path kind = dir.getParent();
                                return new RuleCase(
                                        kind.getParent().getFileName().toString(),
                                        kind.getFileName().toString().equals("positive"),
                                        dir);
                            })
                    .sorted(java.util.Comparator.comparing(RuleCase::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> cases() {
        return allCases().stream().map(c -> Arguments.of(c.toString(), c));
    }

    /** The one {@code claims.*} file of a case directory. */
    static Path input(Path caseDir) {
        try (Stream<Path> files = Files.list(caseDir)) {
            List<Path> inputs =
                    files.filter(p -> p.getFileName().toString().startsWith("claims.")).toList();
            assertThat(inputs).as("%s holds exactly one claims.* input", caseDir).hasSize(1);
            return inputs.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A finding as one row of expected.csv. */
    static String asRow(Finding f) {
        return String.join(
                ";",
                f.lineId(),
                f.code().name(),
                String.valueOf(f.minutesAllowed()),
                String.valueOf(f.claimedCents()),
                String.valueOf(f.reimbursableCents()),
                String.valueOf(f.atRiskCents()),
                String.valueOf(f.costGapCents()),
                String.valueOf(f.underclaimedCents()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCaseProducesExactlyItsExpectedFindings(String name, RuleCase c) throws IOException {
        // given the case's claims and expected findings
        List<String> expectedLines =
                Files.readAllLines(c.dir().resolve("expected.csv"), StandardCharsets.UTF_8);
        assertThat(expectedLines).as("%s: expected.csv starts with its header", name).isNotEmpty();
        assertThat(expectedLines.get(0)).isEqualTo(EXPECTED_HEADER);
        List<String> expected = expectedLines.stream().skip(1).filter(l -> !l.isBlank()).toList();

        // when the claims are checked
        CheckOutcome outcome =
                RuleFixtures.check(RuleFixtures.insurance(c.dir().resolve("insurance.csv")))
                        .run(input(c.dir()));

        // then every row was readable, and the findings are exactly the expected ones
        assertThat(outcome.rejects()).as("%s: rejects", name).isEmpty();
        List<String> actual = outcome.findings().stream().map(RuleCasesTests::asRow).toList();
        assertThat(actual)
                .as("%s: findings (%s)", name, EXPECTED_HEADER)
                .containsExactlyInAnyOrderElementsOf(expected);
        // and the case is about its rule: a positive case produces the code, a negative one does
        // not
        boolean produced =
                outcome.findings().stream().anyMatch(f -> f.code().name().equals(c.code()));
        assertThat(produced).as("%s: %s produced", name, c.code()).isEqualTo(c.positive());
    }

    static Stream<Arguments> casesInEachLanguage() {
        return allCases().stream()
                .filter(RuleCase::positive)
                .flatMap(
                        c ->
                                Stream.of(Language.values())
                                        .map(l -> Arguments.of(c + " " + l.code(), c, l)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesInEachLanguage")
    void everyMessageIsWordedCompletelyInTheRunsLanguage(String name, RuleCase c, Language language)
            throws IOException {
        // when a positive case is checked in each language
        CheckOutcome outcome =
                RuleFixtures.check(
                                RuleFixtures.insurance(c.dir().resolve("insurance.csv")), language)
                        .run(input(c.dir()));

        // then every message is filled in (no placeholder or null left), ends with what to do, and
        // is in that language
        assertThat(outcome.findings()).isNotEmpty();
        for (Finding f : outcome.findings()) {
            Rule rule = RuleCatalogue.rule(f.code());
            assertThat(f.message())
                    .as("%s %s", name, f.code())
                    .doesNotContain("{", "}")
                    .doesNotContainPattern("\\bnull\\b")
                    .endsWith(" " + rule.whatToDo(language));
            if (language == Language.NL) {
                assertThat(f.message())
                        .as("%s %s", name, f.code())
                        .doesNotContain("Line ", "the insurer", "minutes", "EUR")
                        .containsAnyOf(
                                "Regel ",
                                "Creditregel ",
                                "Bij regel ",
                                "Op regel ",
                                "De verzekering ",
                                "In ");
            } else {
                assertThat(f.message())
                        .as("%s %s", name, f.code())
                        .doesNotContain("Regel ", "zorgverzekeraar", "minuten", "€ ");
            }
        }
    }

    @Test
    void everyCaseDirectoryIsWellFormed() throws IOException {
        // given every directory at the case level
        try (Stream<Path> dirs = Files.walk(CASES, 3)) {
            List<Path> caseDirs =
                    dirs.filter(p -> CASES.relativize(p).getNameCount() == 3).toList();

            // then each sits under positive or negative, has a two-digit number and both files
            assertThat(caseDirs).isNotEmpty();
            for (Path d : caseDirs) {
                assertThat(d.getParent().getFileName().toString())
                        .as(d.toString())
                        .isIn("positive", "negative");
                assertThat(d.getFileName().toString()).as(d.toString()).matches("\\d{2}");
                assertThat(input(d)).as(d.toString()).isRegularFile();
                assertThat(d.resolve("expected.csv")).as(d.toString()).isRegularFile();
            }
        }
    }
}
