package nl.tztcheck.comparison;

import java.util.EnumMap;
import java.util.Map;

import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.rules.LineResult;

/**
 * The running counts of {@link EvidenceBuilder}: clients and client-months as numbers in sets
 * (never written), sums in cents; a cell or insurer under the threshold builds as suppressed.
 */
final class EvidenceTally {

    private EvidenceTally() {
    }

    /** Clients, client-months, findings and cents of one cell. */
    static final class Cell {
        final LongSet clients = new LongSet();
        final LongSet clientMonths = new LongSet();
        long findings;
        long cents;

        void add(long client, long clientMonth, long amount) {
            clients.add(client);
            clientMonths.add(clientMonth);
            findings++;
            cents += amount;
        }

        EvidenceCell build() {
            return clients.size() < EvidenceBuilder.MIN_CLIENTS ? EvidenceCell.SUPPRESSED
                    : new EvidenceCell(false, clients.size(), clientMonths.size(), findings, cents);
        }
    }

    /** Everything about one insurer. */
    static final class Insurer {
        final LongSet clients = new LongSet();
        final LongSet clientMonths = new LongSet();
        long lines;
        long minutesClaimed;
        long minutesAllowed;
        long claimed;
        long reimbursable;
        long atRisk;
        long unchecked;
        final Map<Technology, Cell> costGaps = new EnumMap<>(Technology.class);
        final Map<FindingCode, Cell> findings = new EnumMap<>(FindingCode.class);

        void add(LineResult r, long client, long clientMonth) {
            clients.add(client);
            clientMonths.add(clientMonth);
            lines++;
            minutesClaimed += r.line().minutes();
            minutesAllowed += r.allowedMinutes();
            claimed += r.claimed();
            reimbursable += r.reimbursable();
            atRisk += r.atRisk();
            unchecked += r.unchecked();
        }

        InsurerEvidence build(String key, String name) {
            if (clients.size() < EvidenceBuilder.MIN_CLIENTS) {
                return new InsurerEvidence(key, name, true, InsurerFigures.ZERO, Map.of(), Map.of());
            }
            Map<Technology, EvidenceCell> gaps = new EnumMap<>(Technology.class);
            costGaps.forEach((t, c) -> gaps.put(t, c.build()));
            Map<FindingCode, EvidenceCell> codes = new EnumMap<>(FindingCode.class);
            findings.forEach((c, a) -> codes.put(c, a.build()));
            return new InsurerEvidence(key, name, false, new InsurerFigures(clients.size(), clientMonths.size(), lines,
                    minutesClaimed, minutesAllowed, claimed, reimbursable, atRisk, unchecked), gaps, codes);
        }
    }
}
