package nl.tztcheck.comparison.wlz;

import java.math.BigDecimal;

/**
 * A provider's situation as compare-tariffs takes it from the command line.
 *
 * @param vptShare share of production delivered as VPT, in percent (0-100)
 * @param mptShare share delivered as MPT, in percent (0-100); together at most 100
 * @param differentiation the differentiation the provider expects, in percentage points (clamped to
 *     each zorgkantoor's range)
 */
public record TariffSituation(
        boolean newProvider,
        boolean provenTechnology,
        boolean agreedMovements,
        boolean employerSurcharge,
        boolean essentialFacilities,
        BigDecimal vptShare,
        BigDecimal mptShare,
        BigDecimal differentiation) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TariffSituation {
        vptShare = vptShare == null ? BigDecimal.ZERO : vptShare;
        mptShare = mptShare == null ? BigDecimal.ZERO : mptShare;
        differentiation = differentiation == null ? BigDecimal.ZERO : differentiation;
        if (vptShare.signum() < 0
                || mptShare.signum() < 0
                || vptShare.add(mptShare).compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "the VPT and MPT shares must each be 0 or more and together at most 100 percent, not "
                            + vptShare.toPlainString()
                            + " and "
                            + mptShare.toPlainString());
        }
    }

    /** An existing provider with none of the options. */
    public static TariffSituation plain() {
        return new TariffSituation(
                false,
                false,
                false,
                false,
                false,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }
}
