package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.tztcheck.findings.FindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue checks itself: every rule is complete and has positive and negative cases as data.
 */
class RuleCatalogueTests {

    static List<Rule> rules() {
        return RuleCatalogue.all();
    }

    @Test
    void everyRuleHasItsOwnCode() {
        // given the catalogue
        List<FindingCode> codes = rules().stream().map(Rule::code).toList();

        // then no code twice, and every finding code has its rule
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(codes).containsExactlyInAnyOrder(FindingCode.values());
        for (FindingCode code : FindingCode.values()) {
            assertThatCode(() -> RuleCatalogue.rule(code)).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleExplainsItselfAndNamesItsSource(Rule rule) {
        // given / when / then
        for (nl.tztcheck.i18n.Language language : nl.tztcheck.i18n.Language.values()) {
            assertThat(rule.explanation(language))
                    .as("%s explanation (%s)", rule.code(), language)
                    .isNotBlank();
            assertThat(rule.whatToDo(language))
                    .as("%s whatToDo (%s)", rule.code(), language)
                    .isNotBlank();
        }
        assertThat(rule.nationalSource()).as("%s nationalSource", rule.code()).isNotBlank();
        assertThat(rule.severity()).isEqualTo(rule.code().severity());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void everyRuleHasPositiveAndNegativeCases(Rule rule) throws IOException {
        // given the rule's case directory
        Path dir = RuleCasesTests.CASES.resolve(rule.code().name());

        // then it holds at least one positive and one negative case
        assertThat(caseCount(dir.resolve("positive")))
                .as("positive cases of %s in %s", rule.code(), dir)
                .isPositive();
        assertThat(caseCount(dir.resolve("negative")))
                .as("negative cases of %s in %s", rule.code(), dir)
                .isPositive();
    }

    @Test
    void everyCaseDirectoryBelongsToARule() throws IOException {
        // given the directories under cases/
        try (Stream<Path> dirs = Files.list(RuleCasesTests.CASES)) {
            List<String> names =
                    dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();

            // then each is the code of a rule in the catalogue (no stale cases)
            List<String> codes = rules().stream().map(r -> r.code().name()).toList();
            assertThat(codes).containsAll(names);
        }
    }

    private static long caseCount(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> cases = Files.list(dir)) {
            return cases.filter(c -> Files.isRegularFile(c.resolve("expected.csv"))).count();
        }
    }
}
