package nl.tztcheck.comparison.output;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.Trust;
import nl.tztcheck.rules.RuleTexts;

/**
 * The words of one comparison output in one language: its bundle ({@code
 * i18n/<bundle>_<nl|en>.properties}) and the figures written the reader's way, as report.html
 * writes them: {@code € 1.234,56}, {@code 3:14 uur}, {@code 95,5%} in Dutch; {@code €1,234.56},
 * {@code 3:14 h}, {@code 95.5%} in English. CSV cells in euros stay Dutch ({@link Texts#eurCell})
 * in both languages: they are a contract with Dutch Excel, like findings.csv.
 */
public final class Wording {

    private final Messages texts;
    private final RuleTexts figures;

    private Wording(String bundle, Language language) {
        this.texts = Messages.of(bundle, language);
        this.figures = RuleTexts.of(language);
    }

    public static Wording of(String bundle, Language language) {
        return new Wording(bundle, language);
    }

    public Language language() {
        return texts.language();
    }

    /** The text for {@code key}, placeholders filled from name/value pairs. */
    public String get(String key, Object... pairs) {
        return texts.get(key, pairs);
    }

    public boolean has(String key) {
        return texts.has(key);
    }

    /** {@code € 1.234,56} / {@code €1,234.56}. */
    public String eur(long cents) {
        return figures.money(Money.cents(cents));
    }

    /** {@code 3:14 uur} / {@code 3:14 h}. */
    public String hours(long minutes) {
        return Texts.hours(minutes) + (language() == Language.NL ? " uur" : " h");
    }

    /** {@code 390 min (6:30 uur)}. */
    public String minutes(long minutes) {
        return minutes + " min (" + hours(minutes) + ")";
    }

    /** {@code 95,5%} / {@code 95.5%}. */
    public String percent(BigDecimal p) {
        return figures.number(p) + "%";
    }

    /** {@code 15 maart 2024} / {@code 15 March 2024}. */
    public String date(LocalDate date) {
        return figures.date(date);
    }

    /** {@code medicatiebegeleiding} / {@code medication}. */
    public String technology(Technology t) {
        return figures.technology(t);
    }

    /** "geverifieerd", "niet geverifieerd", "illustratief" (or in English). */
    public String trust(Trust trust) {
        return trust.label(language());
    }
}
