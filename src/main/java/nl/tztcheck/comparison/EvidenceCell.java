package nl.tztcheck.comparison;

/**
 * One published (or suppressed) figure group of the evidence: how many clients and client-months it
 * covers, how many findings (or lines), and its euros in cents (at risk on the lines carrying a
 * code, or the cost gap for COST_GAP and technology cells).
 *
 * @param suppressed it covered fewer than {@link EvidenceBuilder#MIN_CLIENTS} clients, or was
 *     suppressed so that another suppressed cell cannot be derived from it: every figure is 0 and
 *     not published
 * @param overlapCents for cost-gap cells: the part of the gap that is money at risk on the same
 *     lines (refused money counted in the insurer's at risk as well); 0 for every other cell
 */
public record EvidenceCell(
        boolean suppressed,
        long clients,
        long clientMonths,
        long findings,
        long cents,
        long overlapCents) {

    public static final EvidenceCell SUPPRESSED = new EvidenceCell(true, 0, 0, 0, 0, 0);
    public static final EvidenceCell ZERO = new EvidenceCell(false, 0, 0, 0, 0, 0);

    public EvidenceCell(
            boolean suppressed, long clients, long clientMonths, long findings, long cents) {
        this(suppressed, clients, clientMonths, findings, cents, 0);
    }

    /** Published cells add up; a suppressed cell adds nothing. */
    public EvidenceCell plus(EvidenceCell o) {
        if (o.suppressed) {
            return this;
        }
        return new EvidenceCell(
                false,
                clients + o.clients,
                clientMonths + o.clientMonths,
                findings + o.findings,
                cents + o.cents,
                overlapCents + o.overlapCents);
    }

    /**
     * The cost gap beyond the money already at risk on the same lines (what the cost gap adds to at
     * risk).
     */
    public long beyondOverlapCents() {
        return cents - overlapCents;
    }
}
