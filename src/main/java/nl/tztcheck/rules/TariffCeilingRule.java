package nl.tztcheck.rules;

import nl.tztcheck.findings.FindingCode;

/** 1062 is paid at most at the tariff agreed with the insurer for verpleging and/or persoonlijke verzorging; the part above that ceiling is not paid. */
public final class TariffCeilingRule implements Rule {

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
        return new Object[] {"lineId", c.line().lineId(), "tariff", t.money(c.line().hourlyTariff()),
                "insurer", t.insurer(c.profile()), "ceiling", t.money(c.limit()), "basis", basis(c.profile().settings().tariffCeiling(), t)};
    }

    /** "the agreed PV tariff", "a fixed € 70,00 per hour", with " x 97,5%" when not 100%. */
    private String basis(nl.tztcheck.profiles.TariffCeiling ceiling, RuleTexts t) {
        String base = ceiling.basis() == nl.tztcheck.profiles.TariffBasis.FIXED
                ? t.text(code(), "basis.FIXED", "amount", t.money(ceiling.fixed()))
                : t.text(code(), "basis." + ceiling.basis().name());
        return ceiling.percentage().compareTo(nl.tztcheck.profiles.TariffCeiling.HUNDRED) == 0 ? base
                : t.text(code(), "basis.percentage", "basis", base, "percentage", t.number(ceiling.percentage()));
    }
}
