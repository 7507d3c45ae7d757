package nl.tztcheck.comparison;

/**
 * One published (or suppressed) figure group of the evidence: how many clients and client-months
 * it covers, how many findings, and its euros in cents (at risk on the lines carrying a code, or
 * the cost gap for COST_GAP and technology cells).
 *
 * @param suppressed it covered fewer than {@link EvidenceBuilder#MIN_CLIENTS} clients: every figure is 0 and not published
 */
public record EvidenceCell(boolean suppressed, long clients, long clientMonths, long findings, long cents) {

    public static final EvidenceCell SUPPRESSED = new EvidenceCell(true, 0, 0, 0, 0);
    public static final EvidenceCell ZERO = new EvidenceCell(false, 0, 0, 0, 0);

    /** Published cells add up; a suppressed cell adds nothing. */
    public EvidenceCell plus(EvidenceCell o) {
        if (o.suppressed) {
            return this;
        }
        return new EvidenceCell(false, clients + o.clients, clientMonths + o.clientMonths, findings + o.findings, cents + o.cents);
    }
}
