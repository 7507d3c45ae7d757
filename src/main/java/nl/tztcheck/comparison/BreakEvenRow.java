package nl.tztcheck.comparison;

import nl.tztcheck.claims.Technology;
import nl.tztcheck.profiles.Trust;

/**
 * When the reimbursement of one insurer covers the monthly cost of one technology (or product).
 *
 * @param product "" for the category's own cost (lines without a listed product)
 * @param ceilingPerHourCents the most the insurer pays per hour (its 1062 ceiling)
 * @param capMinutes the minutes a client-month can be paid at most for this category: min(monthly
 *     cap, category cap)
 * @param breakEvenMinutes minutes per month at the ceiling tariff that cover the cost; -1 when
 *     nothing is paid
 * @param breakEvenTariffCents hourly tariff at which {@code capMinutes} cover the cost; -1 when
 *     nothing is paid
 * @param shortfallAtCapCents cost minus what the cap pays at the ceiling, 0 when covered
 * @param conditionsTrust how far the insurer's conditions on the date can be trusted (its version
 *     over the national one)
 * @param costTrust how far the cost file's figures can be trusted
 */
public record BreakEvenRow(
        String insurerId,
        String insurerName,
        String version,
        Technology technology,
        String product,
        long costCents,
        Status status,
        long ceilingPerHourCents,
        int capMinutes,
        long breakEvenMinutes,
        long breakEvenTariffCents,
        long shortfallAtCapCents,
        Trust conditionsTrust,
        Trust costTrust) {

    /** What every figure of the row may claim: the worse of conditions and costs. */
    public Trust trust() {
        return conditionsTrust.and(costTrust);
    }

    /** Whether the cost can be covered at all, and within the cap. */
    public enum Status {
        COVERED_WITHIN_CAP("covered within the cap"),
        NOT_WITHIN_CAP("not covered even at the cap"),
        NOT_CONTRACTED("not contracted: nothing is paid"),
        NOT_COVERED("technology or product not covered: nothing is paid");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
