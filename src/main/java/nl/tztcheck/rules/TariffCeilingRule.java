package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.EffectiveProfile;
import nl.tztcheck.profiles.Terms;

/**
 * 1062 is paid at most at the tariff agreed with the insurer for verpleging and/or persoonlijke
 * verzorging; the part above that ceiling is not paid.
 */
public final class TariffCeilingRule implements Rule {

    /**
     * Spec 3.5: the profile's ceiling per hour, its tariff basis x percentage rounded half up to
     * the cent ({@link nl.tztcheck.profiles.TariffCeiling#perHour}). Profile validation guarantees
     * there is one, so a missing ceiling is an internal failure, not the user's.
     */
    static Money ceiling(EffectiveProfile profile) {
        Terms s = profile.settings();
        return s.tariffCeiling()
                .perHour(s.tariffs())
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "validated profile without a ceiling: " + profile.label()));
    }

    /** Spec 3.5: the line's hourly tariff is above the ceiling (equal to it is fine). */
    static boolean exceeds(ClaimLine line, Money ceiling) {
        return line.hourlyTariff().compareTo(ceiling) > 0;
    }

    /**
     * Spec 3.6: the hourly tariff the line is paid at, its own cut to the ceiling; the part above
     * is not paid.
     */
    static Money paidTariff(ClaimLine line, Money ceiling) {
        return Money.min(line.hourlyTariff(), ceiling);
    }

    @Override
    public FindingCode code() {
        return FindingCode.TARIFF_ABOVE_CEILING;
    }

    @Override
    public String nationalSource() {
        return Citations.NZA_ART_5_7;
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("tariffs", "tariffCeiling");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "tariff",
            t.money(c.requireLine().hourlyTariff()),
            "insurer",
            t.insurer(c.profile()),
            "ceiling",
            t.money(c.requireLimit()),
            "basis",
            basis(c.requireProfile().settings().tariffCeiling(), t)
        };
    }

    /** "the agreed PV tariff", "a fixed € 70,00 per hour", with " x 97,5%" when not 100%. */
    private String basis(nl.tztcheck.profiles.TariffCeiling ceiling, RuleTexts t) {
        String base =
                ceiling.basis() == nl.tztcheck.profiles.TariffBasis.FIXED
                        ? t.text(
                                code(),
                                "basis.FIXED",
                                "amount",
                                t.money(
                                        java.util.Objects.requireNonNull(
                                                ceiling.fixed(), "a FIXED ceiling has its amount")))
                        : t.text(code(), "basis." + ceiling.basis().name());
        return ceiling.percentage().compareTo(nl.tztcheck.profiles.TariffCeiling.HUNDRED) == 0
                ? base
                : t.text(
                        code(),
                        "basis.percentage",
                        "basis",
                        base,
                        "percentage",
                        t.number(ceiling.percentage()));
    }
}
