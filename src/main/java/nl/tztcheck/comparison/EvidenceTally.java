package nl.tztcheck.comparison;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Trust;
import nl.tztcheck.rules.LineResult;
import org.jspecify.annotations.Nullable;

/**
 * The running counts of {@link EvidenceBuilder}: clients and client-months as numbers in sets
 * (never written), sums in cents; a cell or insurer under the threshold builds as suppressed, and
 * {@link ComplementarySuppression} hides what would let it be derived.
 */
final class EvidenceTally {

    private EvidenceTally() {}

    /** Clients, client-months, findings (or lines) and cents of one cell. */
    static final class Cell {
        final LongSet clients = new LongSet();
        final LongSet clientMonths = new LongSet();
        long findings;
        long cents;
        long overlap;

        void add(long client, long clientMonth, long amount) {
            add(client, clientMonth, amount, 0);
        }

        void add(long client, long clientMonth, long amount, long overlapAmount) {
            clients.add(client);
            clientMonths.add(clientMonth);
            findings++;
            cents += amount;
            overlap += overlapAmount;
        }

        EvidenceCell figures() {
            return new EvidenceCell(
                    false, clients.size(), clientMonths.size(), findings, cents, overlap);
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
        final Set<LocalDate> serviceDates = new TreeSet<>();
        final Map<Technology, Cell> costGaps = new EnumMap<>(Technology.class);
        final Map<FindingCode, Cell> findings = new EnumMap<>(FindingCode.class);
        final Map<EvidenceGroup, Cell> causes = new EnumMap<>(EvidenceGroup.class);

        void add(LineResult r, long client, long clientMonth) {
            clients.add(client);
            clientMonths.add(clientMonth);
            serviceDates.add(r.line().serviceDate());
            lines++;
            minutesClaimed += r.line().minutes();
            minutesAllowed += r.allowedMinutes();
            claimed += r.claimed();
            reimbursable += r.reimbursable();
            atRisk += r.atRisk();
            unchecked += r.unchecked();
            if (r.atRisk() != 0) {
                causes.computeIfAbsent(EvidenceGroup.causeOf(r.codes()), g -> new Cell())
                        .add(client, clientMonth, r.atRisk());
            }
        }

        /**
         * @param minClients a cell (or the insurer) covering fewer clients is suppressed
         * @param complementary false only to show in tests what the attack finds without it
         */
        InsurerEvidence build(
                String key,
                String name,
                int minClients,
                boolean complementary,
                Trust trust,
                List<ProfileUse> uses) {
            if (clients.size() < minClients) {
                return InsurerEvidence.suppressed(key, name, trust, uses);
            }
            Map<String, EvidenceCell> cells = new LinkedHashMap<>();
            costGaps.forEach((t, c) -> cells.put(ComplementarySuppression.TECH + t, c.figures()));
            findings.forEach((c, a) -> cells.put(ComplementarySuppression.CODE + c, a.figures()));
            causes.forEach((g, c) -> cells.put(ComplementarySuppression.CAUSE + g, c.figures()));
            Set<String> hidden = new HashSet<>();
            cells.forEach(
                    (k, c) -> {
                        if (c.clients() < minClients) {
                            hidden.add(k);
                        }
                    });
            if (complementary && !ComplementarySuppression.complete(cells, hidden)) {
                return InsurerEvidence.suppressed(key, name, trust, uses);
            }
            Map<Technology, EvidenceCell> gaps = new EnumMap<>(Technology.class);
            costGaps.keySet()
                    .forEach(
                            t ->
                                    gaps.put(
                                            t,
                                            published(
                                                    cells,
                                                    hidden,
                                                    ComplementarySuppression.TECH + t)));
            Map<FindingCode, EvidenceCell> codes = new EnumMap<>(FindingCode.class);
            findings.keySet()
                    .forEach(
                            c ->
                                    codes.put(
                                            c,
                                            published(
                                                    cells,
                                                    hidden,
                                                    ComplementarySuppression.CODE + c)));
            Map<EvidenceGroup, EvidenceCell> byCause = new EnumMap<>(EvidenceGroup.class);
            causes.keySet()
                    .forEach(
                            g ->
                                    byCause.put(
                                            g,
                                            published(
                                                    cells,
                                                    hidden,
                                                    ComplementarySuppression.CAUSE + g)));
            return new InsurerEvidence(
                    key,
                    name,
                    false,
                    new InsurerFigures(
                            clients.size(),
                            clientMonths.size(),
                            lines,
                            minutesClaimed,
                            minutesAllowed,
                            claimed,
                            reimbursable,
                            atRisk,
                            unchecked),
                    gaps,
                    codes,
                    byCause,
                    trust,
                    uses);
        }

        private static @Nullable EvidenceCell published(
                Map<String, EvidenceCell> cells, Set<String> hidden, String key) {
            return hidden.contains(key) ? EvidenceCell.SUPPRESSED : cells.get(key);
        }
    }
}
