package nl.tztcheck.comparison;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.comparison.output.Texts;
import nl.tztcheck.comparison.output.Wording;

/**
 * The words and figures a matrix value is written in. {@link #CANONICAL} is the fixed text two
 * profiles are compared on (and what profile sync prints); {@link #of(Wording)} is the reader's
 * language ({@code value.*} keys of {@code i18n/matrix_<nl|en>.properties}).
 */
interface ValueWords {

    /** A word or phrase; {@code {amount}} filled where the text has it. */
    String word(String key, String amount);

    String eur(long cents);

    String minutes(long minutes);

    String percent(BigDecimal p);

    String technology(Technology t);

    default String word(String key) {
        return word(key, "");
    }

    ValueWords CANONICAL =
            new ValueWords() {
                private static final Map<String, String> WORDS =
                        Map.ofEntries(
                                Map.entry("yes", "yes"),
                                Map.entry("notContracted", "no (0 hours)"),
                                Map.entry("required", "required"),
                                Map.entry("notRequired", "not required"),
                                Map.entry("excluded", "excluded"),
                                Map.entry("allowed", "allowed"),
                                Map.entry("noCategoryCaps", "none (monthly cap only)"),
                                Map.entry("excludedProducts", "excluded products: "),
                                Map.entry("basis.V", "V tariff"),
                                Map.entry("basis.PV", "PV tariff"),
                                Map.entry("basis.LOWER_OF_V_PV", "lower of V and PV"),
                                Map.entry("basis.HIGHER_OF_V_PV", "higher of V and PV"),
                                Map.entry("basis.FIXED", "fixed {amount} per hour"),
                                Map.entry("perHour", " = {amount} per hour"));

                @Override
                public String word(String key, String amount) {
                    // the rows ask only for the keys above (basis.* for every TariffCeiling basis)
                    return Objects.requireNonNull(WORDS.get(key)).replace("{amount}", amount);
                }

                @Override
                public String eur(long cents) {
                    return Texts.eur(cents);
                }

                @Override
                public String minutes(long minutes) {
                    return Texts.minutes(minutes);
                }

                @Override
                public String percent(BigDecimal p) {
                    return Texts.percent(p);
                }

                @Override
                public String technology(Technology t) {
                    return t.name();
                }
            };

    static ValueWords of(Wording w) {
        return new ValueWords() {
            @Override
            public String word(String key, String amount) {
                return w.get("value." + key, "amount", amount);
            }

            @Override
            public String eur(long cents) {
                return w.eur(cents);
            }

            @Override
            public String minutes(long minutes) {
                return w.minutes(minutes);
            }

            @Override
            public String percent(BigDecimal p) {
                return w.percent(p);
            }

            @Override
            public String technology(Technology t) {
                return w.technology(t);
            }
        };
    }
}
