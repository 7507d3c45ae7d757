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
        return "NZa Regeling verpleging en verzorging NR/REG-2407, art. 5.7 (thuiszorgtechnologie)";
    }

    @Override
    public String explanation() {
        return "1062 is paid at most at the tariff agreed with the insurer for verpleging and/or persoonlijke verzorging; the part above that ceiling is not paid.";
    }

    @Override
    public String whatToDo() {
        return "Declare the line at the ceiling tariff, or check the contracted tariffs in the insurer profile.";
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
    public String message(RuleContext c) {
        return "Line " + c.line().lineId() + " is declared at " + c.line().hourlyTariff().toPlainString() + " per hour; " + c.insurer() + " pays at most " + c.limit().toPlainString() + " (" + c.profile().settings().tariffCeiling().describe() + "). " + whatToDo();
    }
}
