package nl.tztcheck.profiles;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import nl.tztcheck.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The highest hourly tariff an insurer pays for 1062: a basis times a percentage (spec 3.5).
 *
 * @param fixed the amount for basis FIXED, else null
 */
public record TariffCeiling(TariffBasis basis, BigDecimal percentage, @Nullable Money fixed) {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The ceiling per hour for these agreed tariffs, or empty when a tariff the basis needs is
     * missing.
     */
    public Optional<Money> perHour(Map<String, Money> tariffs) {
        Optional<Money> base =
                switch (basis) {
                    case V -> Optional.ofNullable(tariffs.get("V"));
                    case PV -> Optional.ofNullable(tariffs.get("PV"));
                    case LOWER_OF_V_PV -> both(tariffs).map(p -> Money.min(p[0], p[1]));
                    case HIGHER_OF_V_PV -> both(tariffs).map(p -> Money.max(p[0], p[1]));
                    case FIXED -> Optional.ofNullable(fixed);
                };
        return base.map(m -> m.percentage(percentage));
    }

    private static Optional<Money[]> both(Map<String, Money> tariffs) {
        Money v = tariffs.get("V");
        Money pv = tariffs.get("PV");
        return v == null || pv == null ? Optional.empty() : Optional.of(new Money[] {v, pv});
    }

    /** "PV tariff x 100%", for messages. */
    public String describe() {
        String base =
                switch (basis) {
                    case V -> "the agreed verpleging (V) tariff";
                    case PV -> "the agreed persoonlijke verzorging (PV) tariff";
                    case LOWER_OF_V_PV -> "the lower of the agreed V and PV tariffs";
                    case HIGHER_OF_V_PV -> "the higher of the agreed V and PV tariffs";
                    case FIXED ->
                            "a fixed "
                                    + requireNonNull(fixed).toPlainString()
                                    + " per hour"; // the reader requires it for FIXED
                };
        return percentage.compareTo(HUNDRED) == 0
                ? base
                : base + " x " + percentage.stripTrailingZeros().toPlainString() + "%";
    }
}
