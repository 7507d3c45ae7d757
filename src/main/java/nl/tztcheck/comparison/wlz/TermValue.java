package nl.tztcheck.comparison.wlz;

import java.math.BigDecimal;

/**
 * One term as the table states it. Which numbers are set depends on the term: {@code percentage}
 * (base, essential facilities, ceiling, or a fixed new-provider rate), {@code change} in percentage
 * points (surcharges, new-provider discount), {@code min}/{@code max} (differentiation). A term
 * the table mentions without a number has none of them and says so in {@code unclear}.
 *
 * @param unclear what the table leaves unclear about this term, "" when nothing
 */
public record TermValue(BigDecimal percentage, BigDecimal change, BigDecimal min, BigDecimal max, String unclear) {

    public TermValue {
        unclear = unclear == null ? "" : unclear;
    }

    /** Mentioned by the table, but without a number to calculate with. */
    public boolean stated() {
        return percentage != null || change != null || min != null || max != null;
    }

    public boolean isUnclear() {
        return !unclear.isEmpty();
    }
}
