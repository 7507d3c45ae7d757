package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The citations a finding prints say what their sources say: art. 5.7 defines the prestatie, its
 * cap and its tariff ceiling, never an insurer's approval, same-month care or covered technology;
 * and the Wlz has no 1062 route, so no advice may send a 1062 line to the zorgkantoor.
 */
class RuleCitationsTests {

    @TempDir Path dir;

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = FindingCode.class,
            names = {"APPROVAL_MISSING", "NO_REGULAR_CARE", "TECHNOLOGY_NOT_COVERED"})
    void insurerConditionsCiteTheContractNotArticle57(FindingCode code) {
        // given the rule of an insurer's own condition
        Rule rule = RuleCatalogue.rule(code);

        // then its national basis is the contract, and the insurer's document is cited beside it
        assertThat(rule.nationalSource()).doesNotContain("5.7").contains("Contract or addendum");
        assertThat(rule.insurerCondition()).isTrue();
    }

    @Test
    void aFindingOfAnInsurerConditionCitesTheInsurersSourceAndTheContract() {
        // given lines to the strict test insurer (approval, regular care, MEDICATION only): one of
        // each refusal
        CheckOutcome outcome =
                RuleFixtures.run(
                        dir,
                        "a;C1;;4444;1062;2024-03-01;60;70,00;;VIDEO;;;;;;REF1",
                        "b;C2;;4444;1062;2024-03-01;60;70,00;;MEDICATION;;;;;;",
                        "c;C3;;4444;1062;2024-03-01;60;70,00;;MEDICATION;;;;;;REF3");

        // then each refusal cites the strict insurer's own document and the contract, and none
        // cites art. 5.7
        List<Finding> refusals =
                outcome.findings().stream()
                        .filter(
                                f ->
                                        f.code() == FindingCode.TECHNOLOGY_NOT_COVERED
                                                || f.code() == FindingCode.APPROVAL_MISSING
                                                || f.code() == FindingCode.NO_REGULAR_CARE)
                        .toList();
        assertThat(refusals)
                .extracting(Finding::code)
                .containsExactlyInAnyOrder(
                        FindingCode.TECHNOLOGY_NOT_COVERED,
                        FindingCode.APPROVAL_MISSING,
                        FindingCode.NO_REGULAR_CARE);
        assertThat(refusals)
                .allSatisfy(
                        f ->
                                assertThat(f.source())
                                        .contains("Test overlay strict")
                                        .contains("Contract of addendum")
                                        .doesNotContain(
                                                "5.7")); // RuleFixtures runs in Dutch, the default
    }

    @Test
    void theCapAndTheCeilingStillCiteArticle57() {
        // then the rules that do rest on art. 5.7 still say so
        assertThat(RuleCatalogue.rule(FindingCode.MONTHLY_CAP_EXCEEDED).nationalSource())
                .contains("art. 5.7");
        assertThat(RuleCatalogue.rule(FindingCode.TARIFF_ABOVE_CEILING).nationalSource())
                .contains("art. 5.7");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void wlzAdviceSaysTheWlzPaysTechnologyThroughTheTariffNotThrough1062(Language language) {
        // given the advice on a Wlz client's line and on a line marked as Wlz care
        String wlzClient = RuleCatalogue.rule(FindingCode.WLZ_CLIENT).whatToDo(language);
        String notZvw = RuleCatalogue.rule(FindingCode.NOT_ZVW).whatToDo(language);

        // then neither sends the line to the zorgkantoor; both say the Wlz pays technology through
        // the tariff percentage
        String percentage = language == Language.NL ? "tariefpercentage" : "tariff percentage";
        for (String advice : List.of(wlzClient, notZvw)) {
            assertThat(advice)
                    .contains("1062")
                    .contains(percentage)
                    .doesNotContainIgnoringCase(
                            language == Language.NL
                                    ? "declareer de technologiezorg dan bij het zorgkantoor"
                                    : "declare the technology care to the zorgkantoor");
        }
        assertThat(wlzClient)
                .containsIgnoringCase(
                        language == Language.NL
                                ? "ook niet bij het zorgkantoor"
                                : "not declare it to the zorgkantoor");
    }

    @Test
    void theWlzClientRuleCitesWhereTheWlzExclusionComesFrom() {
        // then the citation names the sources of the domain brief (CIZ, the VGZ retourcode), not a
        // wrong article
        assertThat(RuleCatalogue.rule(FindingCode.WLZ_CLIENT).nationalSource())
                .contains("CIZ")
                .contains("8983")
                .doesNotContain("Zvw art. 2.10");
    }
}
