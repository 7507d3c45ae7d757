package nl.tztcheck.comparison;

import java.util.ArrayList;
import java.util.List;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.LineClassifier;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.RowResult;

/**
 * The same export as if every client were insured with one insurer: every technology and
 * regular-care line is declared to that insurer's UZOVI code (and classified again under it);
 * other lines and rejected rows stay as they are.
 */
final class Redeclaration {

    private Redeclaration() {
    }

    static List<RowResult> to(String uzovi, List<RowResult> rows, LineClassifier classifier) {
        List<RowResult> out = new ArrayList<>(rows.size());
        for (RowResult r : rows) {
            if (r instanceof RowResult.Accepted a && a.kind() != LineKind.OTHER) {
                ClaimLine l = withUzovi(a.line(), uzovi);
                out.add(new RowResult.Accepted(l, classifier.kindOf(l.serviceCode(), uzovi, l.serviceDate())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    static ClaimLine withUzovi(ClaimLine l, String uzovi) {
        return new ClaimLine(l.lineNo(), l.lineId(), l.clientId(), l.bsn(), uzovi, l.serviceCode(), l.serviceDate(), l.minutes(),
                l.hourlyTariff(), l.amount(), l.amountDeclared(), l.technology(), l.product(), l.law(), l.credit(),
                l.correctsLineId(), l.wlzIndication(), l.approvalRef());
    }
}
