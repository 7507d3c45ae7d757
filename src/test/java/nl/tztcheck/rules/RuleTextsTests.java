package nl.tztcheck.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Figures in findings are written the way the reader writes them: Dutch style in Dutch, English
 * style in English.
 */
class RuleTextsTests {

    private final RuleTexts nl = RuleTexts.of(Language.NL);
    private final RuleTexts en = RuleTexts.of(Language.EN);

    @Test
    void amountsAreInEurosWithTheLanguagesSeparators() {
        assertThat(nl.money(Money.cents(123456))).isEqualTo("€ 1.234,56");
        assertThat(en.money(Money.cents(123456))).isEqualTo("€1,234.56");
        assertThat(nl.money(Money.cents(-5))).isEqualTo("€ -0,05");
        assertThat(en.money(Money.cents(-5))).isEqualTo("-€0.05");
        assertThat(nl.money(Money.cents(7450))).isEqualTo("€ 74,50");
    }

    @Test
    void minutesAndHoursAreWordedWithADecimalCommaInDutch() {
        assertThat(nl.cap(390)).isEqualTo("390 minuten (6,5 uur)");
        assertThat(en.cap(390)).isEqualTo("390 minutes (6.5 hours)");
        assertThat(nl.cap(240)).isEqualTo("240 minuten (4 uur)");
        assertThat(nl.minutes(1)).isEqualTo("1 minuut");
        assertThat(en.hours(60)).isEqualTo("1 hour");
        assertThat(nl.number(new BigDecimal("97.50"))).isEqualTo("97,5");
    }

    @Test
    void datesAndMonthsAreWrittenOut() {
        assertThat(nl.date(LocalDate.of(2025, 1, 15))).isEqualTo("15 januari 2025");
        assertThat(en.date(LocalDate.of(2025, 1, 15))).isEqualTo("15 January 2025");
        assertThat(nl.month(YearMonth.of(2025, 3))).isEqualTo("maart 2025");
        assertThat(en.month(YearMonth.of(2025, 3))).isEqualTo("March 2025");
    }

    @Test
    void technologiesAndAMissingInsurerAreNamedInTheLanguage() {
        assertThat(nl.technologies(EnumSet.of(Technology.VIDEO, Technology.MEDICATION)))
                .isEqualTo("medicatiebegeleiding, beeldzorg");
        assertThat(en.technology(null)).isEqualTo("unknown technology");
        assertThat(nl.insurer(null)).isEqualTo("de zorgverzekeraar");
        assertThat(en.insurer(null)).isEqualTo("the insurer");
    }

    @Test
    void reportsGetTheExplanationAndWhatToDoInTheReadersLanguage() {
        assertThat(RuleTexts.explanation(FindingCode.MONTHLY_CAP_EXCEEDED, Language.NL))
                .contains("maandplafond", "6,5 uur");
        assertThat(RuleTexts.explanation(FindingCode.MONTHLY_CAP_EXCEEDED, Language.EN))
                .contains("monthly cap", "6.5 hours");
        assertThat(RuleTexts.whatToDo(FindingCode.MONTHLY_CAP_EXCEEDED, Language.NL))
                .startsWith("Crediteer deze regel");
        assertThat(RuleTexts.whatToDo(FindingCode.MONTHLY_CAP_EXCEEDED, Language.EN))
                .startsWith("Credit this line");
    }
}
