package nl.tztcheck.comparison.wlz;

import java.math.BigDecimal;
import java.util.List;

/**
 * One step of a tariff calculation, as data: the report words it in the user's language ({@code
 * i18n/tariffs_<nl|en>.properties}, key {@code step.<key>}).
 *
 * @param term the term the step is about, or null (the richttarief line, the ceiling)
 * @param values name/value pairs for the text's placeholders; values are {@link Percent}, {@link
 *     Points} or text
 */
public record TariffStep(String key, Term term, List<Object> values) {

    /** A percentage of the NZa tariff, written "95,5%" (nl) or "95.5%" (en). */
    public record Percent(BigDecimal value) {}

    /** Percentage points, written "+0,1" (nl) or "+0.1" (en). */
    public record Points(BigDecimal value) {}

    public TariffStep {
        values = List.copyOf(values);
    }

    static TariffStep of(String key, Term term, Object... values) {
        return new TariffStep(key, term, List.of(values));
    }
}
