package nl.tztcheck.rules;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.findings.FindingCode;

/**
 * The declared amount differs by more than one cent from minutes x hourly tariff / 60. When it is
 * lower, the message also names the money left unclaimed (spec 3.6; {@link
 * RuleContext#underclaimed()}).
 */
public final class AmountMismatchRule implements Rule {

    /**
     * Spec 3.6 and 3.8: the export declared an amount (not computed by us) that is more than one
     * cent off minutes x tariff / 60; one cent is the rounding a provider's system may differ by.
     */
    static boolean applies(ClaimLine line) {
        return line.amountDeclared()
                && Math.abs(line.amount().cents() - line.expectedAmount().cents()) > 1;
    }

    @Override
    public FindingCode code() {
        return FindingCode.AMOUNT_MISMATCH;
    }

    @Override
    public String nationalSource() {
        return "Vektis retourcode 0611: tariff missing or not according to the national or contract agreements";
    }

    @Override
    public boolean insurerCondition() {
        return false;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        String underclaimed =
                c.underclaimed().isPositive()
                        ? t.text(code(), "underclaimed", "underclaimed", t.money(c.underclaimed()))
                        : "";
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "amount",
            t.money(c.requireLine().amount()),
            "minutes",
            t.minutes(c.requireLine().minutes()),
            "tariff",
            t.money(c.requireLine().hourlyTariff()),
            "expected",
            t.money(c.requireAmount()),
            "underclaimed",
            underclaimed
        };
    }
}
