package nl.tztcheck.profiles;

/**
 * Which tariff caps a 1062 line: the agreed V or PV tariff, the lower or higher of both, or a fixed
 * amount.
 */
public enum TariffBasis {
    V,
    PV,
    LOWER_OF_V_PV,
    HIGHER_OF_V_PV,
    FIXED
}
