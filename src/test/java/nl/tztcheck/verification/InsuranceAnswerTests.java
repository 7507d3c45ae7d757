package nl.tztcheck.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.tztcheck.rules.Insurance;
import org.junit.jupiter.api.Test;

/**
 * How an answer judges a declared line: OK, NOT_INSURED_WITH_INSURER (with why, never a BSN) or
 * UNVERIFIED.
 */
class InsuranceAnswerTests {

    private static final LocalDate MARCH_10 = LocalDate.of(2024, 3, 10);

    @Test
    void insuredWithTheDeclaredInsurerOnTheDateIsOk() {
        // given
        InsuranceAnswer a = InsuranceAnswer.insured("3311", LocalDate.of(2020, 1, 1), null);

        // when
        Judgement j = a.judge("3311", MARCH_10);

        // then
        assertThat(j).isEqualTo(Judgement.OK);
    }

    @Test
    void insuredElsewhereNamesTheInsurerFound() {
        // given
        InsuranceAnswer a = InsuranceAnswer.insured("7095", LocalDate.of(2020, 1, 1), null);

        // when
        Judgement j = a.judge("3311", MARCH_10);

        // then
        assertThat(j.outcome()).isEqualTo(Judgement.Outcome.NOT_INSURED_WITH_INSURER);
        assertThat(j.detail())
                .isEqualTo(
                        "on 2024-03-10 the client was insured with UZOVI 7095, not with the declared 3311");
    }

    @Test
    void aServiceDateOutsideTheInsurancePeriodIsNotInsured() {
        // given an insurance that ended on 15 March
        InsuranceAnswer a =
                InsuranceAnswer.insured(
                        "3311", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 3, 15));

        // when / then
        assertThat(a.judge("3311", LocalDate.of(2024, 3, 15))).isEqualTo(Judgement.OK);
        Judgement after = a.judge("3311", LocalDate.of(2024, 3, 16));
        assertThat(after.outcome()).isEqualTo(Judgement.Outcome.NOT_INSURED_WITH_INSURER);
        assertThat(after.detail())
                .isEqualTo(
                        "the insurance with UZOVI 3311 runs from 2020-01-01 until 2024-03-15, not on 2024-03-16");
        assertThat(a.judge("3311", LocalDate.of(2019, 12, 31)).outcome())
                .isEqualTo(Judgement.Outcome.NOT_INSURED_WITH_INSURER);
    }

    @Test
    void notInsuredAndUnavailable() {
        // given
        InsuranceAnswer none = InsuranceAnswer.notInsured(MARCH_10);
        InsuranceAnswer down = InsuranceAnswer.unavailable("the service answered HTTP 503");

        // when / then
        assertThat(none.judge("3311", MARCH_10))
                .isEqualTo(
                        new Judgement(
                                Judgement.Outcome.NOT_INSURED_WITH_INSURER,
                                "the insurance check found no health insurance on 2024-03-10"));
        assertThat(down.judge("3311", MARCH_10).outcome()).isEqualTo(Judgement.Outcome.UNVERIFIED);
        assertThat(down.judge("3311", MARCH_10).detail()).contains("HTTP 503");
    }

    @Test
    void convertsToTheRulesInsuranceWithTheSameVerdict() {
        // given
        InsuranceAnswer insured =
                InsuranceAnswer.insured(
                        "3311", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 3, 15));

        // when
        Insurance i = insured.toInsurance();

        // then the rules reach the same verdict as judge()
        assertThat(i)
                .isEqualTo(
                        new Insurance(
                                Insurance.State.INSURED,
                                "3311",
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2024, 3, 15)));
        assertThat(i.mismatch("3311", LocalDate.of(2024, 3, 16))).isPresent();
        assertThat(i.mismatch("3311", MARCH_10)).isEmpty();
        assertThat(InsuranceAnswer.notInsured(MARCH_10).toInsurance().state())
                .isEqualTo(Insurance.State.NOT_INSURED);
        assertThat(InsuranceAnswer.unavailable("x").toInsurance()).isEqualTo(Insurance.UNAVAILABLE);
    }
}
