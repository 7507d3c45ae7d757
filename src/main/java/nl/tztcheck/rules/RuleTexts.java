package nl.tztcheck.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.EffectiveProfile;
import org.jspecify.annotations.Nullable;

/**
 * The words of the rules in one language: each finding code's explanation, what to do and message
 * ({@code i18n/rules_<nl|en>.properties}, keys {@code <CODE>.explanation}, {@code .whatToDo},
 * {@code .message}), and the figures in them formatted for that language: {@code € 1.234,56},
 * {@code 6,5 uur}, {@code 15 januari 2025} in Dutch; {@code €1,234.56}, {@code 6.5 hours}, {@code
 * 15 January 2025} in English. Reports and the workbook use the static methods.
 */
public final class RuleTexts {

    /** The bundle's name: {@code src/main/resources/i18n/rules_<nl|en>.properties}. */
    public static final String BUNDLE = "rules";

    /** The three texts every rule has in both languages. */
    public static final List<String> PARTS = List.of("explanation", "whatToDo", "message");

    private final Messages texts;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter months;

    private RuleTexts(Language language) {
        this.texts = Messages.of(BUNDLE, language);
        this.dates = DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale());
        this.months = DateTimeFormatter.ofPattern("MMMM uuuu", language.locale());
    }

    public static RuleTexts of(Language language) {
        return language == Language.EN ? EN : NL;
    }

    private static final RuleTexts NL = new RuleTexts(Language.NL);
    private static final RuleTexts EN = new RuleTexts(Language.EN);

    public static String explanation(FindingCode code, Language language) {
        return of(language).text(code, "explanation");
    }

    public static String whatToDo(FindingCode code, Language language) {
        return of(language).text(code, "whatToDo");
    }

    /**
     * The rule's national source as findings and reports cite it, in {@code language}: titles of
     * Dutch sources as published.
     */
    public static String nationalSource(FindingCode code, Language language) {
        return of(language).text(code, "source");
    }

    public Language language() {
        return texts.language();
    }

    /** {@code <CODE>.<part>} with its placeholders filled from name/value pairs. */
    public String text(FindingCode code, String part, Object... pairs) {
        return texts.get(code.name() + "." + part, pairs);
    }

    /** A text shared by the rules (units, "the insurer"). */
    public String shared(String key, Object... pairs) {
        return texts.get(key, pairs);
    }

    /** {@code € 1.234,56} (nl) or {@code €1,234.56} (en). */
    public String money(Money m) {
        String dutch = Money.cents(Math.abs(m.cents())).toDutchString();
        String sign = m.cents() < 0 ? "-" : "";
        return language() == Language.NL ? "€ " + sign + dutch : sign + "€" + swapSeparators(dutch);
    }

    /** A plain number with the language's decimal separator: {@code 97,5} or {@code 97.5}. */
    public String number(BigDecimal n) {
        String plain = n.stripTrailingZeros().toPlainString();
        return language() == Language.NL ? plain.replace('.', ',') : plain;
    }

    /** {@code 390 minuten} / {@code 390 minutes}; one minute in the singular. */
    public String minutes(int minutes) {
        return minutes == 1 ? shared("unit.minute") : shared("unit.minutes", "n", minutes);
    }

    /** {@code 6,5 uur} / {@code 6.5 hours}. */
    public String hours(int minutes) {
        BigDecimal h =
                BigDecimal.valueOf(minutes)
                        .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
        return h.compareTo(BigDecimal.ONE) == 0
                ? shared("unit.hour")
                : shared("unit.hours", "n", number(h));
    }

    /** A cap in minutes and hours: {@code 390 minuten (6,5 uur)}. */
    public String cap(int minutes) {
        return minutes(minutes) + " (" + hours(minutes) + ")";
    }

    /** {@code januari 2025} / {@code January 2025}. */
    public String month(YearMonth month) {
        return months.format(month);
    }

    /** {@code 15 januari 2025} / {@code 15 January 2025}. */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** {@code medicatie} / {@code medication}; an unknown technology (AW319) is named as such. */
    public String technology(@Nullable Technology technology) {
        return shared("technology." + (technology == null ? "UNKNOWN" : technology.name()));
    }

    /** Technologies in enum order, joined: {@code medicatie, beeldzorg}. */
    public String technologies(Collection<Technology> technologies) {
        return String.join(", ", technologies.stream().sorted().map(this::technology).toList());
    }

    /** The insurer's name, or "de zorgverzekeraar" / "the insurer" when no profile applies. */
    public String insurer(@Nullable EffectiveProfile profile) {
        return profile == null ? shared("insurer.unknown") : profile.insurerName();
    }

    private static String swapSeparators(String dutch) {
        StringBuilder s = new StringBuilder(dutch.length());
        for (char ch : dutch.toCharArray()) {
            s.append(ch == '.' ? ',' : ch == ',' ? '.' : ch);
        }
        return s.toString();
    }
}
