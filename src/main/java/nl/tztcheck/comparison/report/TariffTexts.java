package nl.tztcheck.comparison.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.tztcheck.comparison.wlz.TariffNote;
import nl.tztcheck.comparison.wlz.TariffOutcome;
import nl.tztcheck.comparison.wlz.TariffSituation;
import nl.tztcheck.comparison.wlz.TariffStep;
import nl.tztcheck.comparison.wlz.Term;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.i18n.Messages;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The words and figures of compare-tariffs in one language ({@code
 * i18n/tariffs_<nl|en>.properties}): 95,5% or 95.5%.
 */
public final class TariffTexts {

    public static final String BUNDLE = "tariffs";

    private final Messages m;
    private final Language language;

    private TariffTexts(Language language) {
        this.language = language;
        this.m = Messages.of(BUNDLE, language);
    }

    public static TariffTexts of(Language language) {
        return new TariffTexts(language);
    }

    public Language language() {
        return language;
    }

    public String get(String key, Object... pairs) {
        return m.get(key, pairs);
    }

    /** {@code 95,5%} (nl) or {@code 95.5%} (en). */
    public String percent(BigDecimal p) {
        return number(p) + "%";
    }

    /** {@code +0,1} (nl) or {@code +0.1} (en) percentage points. */
    public String points(BigDecimal p) {
        return (p.signum() > 0 ? "+" : "") + number(p);
    }

    /** {@code € 936.000,00} (nl) or {@code € 936,000.00} (en). */
    public String eur(Money amount) {
        String dutch = amount.toDutchString();
        return "\u20ac "
                + (language == Language.NL
                        ? dutch
                        : dutch.replace('.', '\u0000').replace(',', '.').replace('\u0000', ','));
    }

    /**
     * The percentage as its bound says: "ten hoogste 95,5%" when a lower term without a number
     * applied.
     */
    public String percentage(TariffOutcome o) {
        return m.get("bound." + o.bound().name(), "pct", percent(o.percentage()));
    }

    /** The amount at the outcome's percentage, bounded alike; "" without an amount. */
    public String amount(TariffOutcome o, Money nzaAmount) {
        return nzaAmount == null
                ? ""
                : m.get(
                        "bound." + o.bound().name(),
                        "pct",
                        eur(nzaAmount.percentage(o.percentage())));
    }

    public String term(@Nullable Term t) {
        return t == null ? m.get("term.policy") : m.get("term." + t.key());
    }

    public String step(TariffStep s) {
        List<Object> pairs = new ArrayList<>(List.of("term", term(s.term())));
        for (int i = 0; i < s.values().size(); i += 2) {
            pairs.add(s.values().get(i));
            Object v = s.values().get(i + 1);
            pairs.add(
                    v instanceof TariffStep.Percent p
                            ? percent(p.value())
                            : v instanceof TariffStep.Points p ? points(p.value()) : v);
        }
        return m.get("step." + s.key(), pairs.toArray());
    }

    public String note(TariffNote n) {
        return term(n.term()) + ": " + n.text();
    }

    /** The options as a phrase, e.g. "nieuwe aanbieder, VPT 30%, MPT 20% van de productie". */
    public String situation(TariffSituation s) {
        List<String> parts = new ArrayList<>();
        parts.add(m.get(s.newProvider() ? "situation.new" : "situation.existing"));
        if (s.provenTechnology()) {
            parts.add(m.get("situation.provenTechnology"));
        }
        if (s.agreedMovements()) {
            parts.add(m.get("situation.agreedMovements"));
        }
        if (s.employerSurcharge()) {
            parts.add(m.get("situation.employerSurcharge"));
        }
        if (s.essentialFacilities()) {
            parts.add(m.get("situation.essentialFacilities"));
        }
        parts.add(
                m.get(
                        "situation.shares",
                        "vpt",
                        percent(s.vptShare()),
                        "mpt",
                        percent(s.mptShare())));
        if (s.differentiation().signum() != 0) {
            parts.add(m.get("situation.differentiation", "points", points(s.differentiation())));
        }
        return String.join(", ", parts);
    }

    private String number(BigDecimal p) {
        String plain = p.stripTrailingZeros().toPlainString();
        return language == Language.NL ? plain.replace('.', ',') : plain.toLowerCase(Locale.ROOT);
    }
}
