package nl.tztcheck.comparison;

/**
 * What one provider declared to one insurer, over the technology lines in the totals (debits not
 * reversed): clients, client-months, lines, minutes and money in cents.
 */
public record InsurerFigures(
        long clients,
        long clientMonths,
        long technologyLines,
        long minutesClaimed,
        long minutesAllowed,
        long claimedCents,
        long reimbursableCents,
        long atRiskCents,
        long uncheckedCents) {

    public static final InsurerFigures ZERO = new InsurerFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public InsurerFigures plus(InsurerFigures o) {
        return new InsurerFigures(
                clients + o.clients,
                clientMonths + o.clientMonths,
                technologyLines + o.technologyLines,
                minutesClaimed + o.minutesClaimed,
                minutesAllowed + o.minutesAllowed,
                claimedCents + o.claimedCents,
                reimbursableCents + o.reimbursableCents,
                atRiskCents + o.atRiskCents,
                uncheckedCents + o.uncheckedCents);
    }
}
