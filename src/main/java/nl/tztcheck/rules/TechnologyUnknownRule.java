package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Terms;

/** A line of unknown technology where the insurer caps technology categories. */
public final class TechnologyUnknownRule implements Rule {

    /**
     * The line names no technology (AW319 carries none) while the profile caps categories: it
     * counts against the monthly cap only.
     */
    static boolean applies(ClaimLine line, Terms settings) {
        return line.technology() == null && !settings.categoryCapsMinutes().isEmpty();
    }

    @Override
    public FindingCode code() {
        return FindingCode.TECHNOLOGY_UNKNOWN;
    }

    @Override
    public String nationalSource() {
        return "Vektis AW319 carries no technology type; tzt-check convention: comment record 98 'TZT=<category>' or a client mapping file";
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("categoryCapsMinutes");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {"lineId", c.requireLine().lineId(), "insurer", t.insurer(c.profile())};
    }
}
