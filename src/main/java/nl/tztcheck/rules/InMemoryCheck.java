package nl.tztcheck.rules;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.Reject;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingOrder;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;

/**
 * The whole check of one export in memory, with no framework or database: the reference the batch
 * job is tested against, and the engine for small files and what-if runs. Memory grows with the
 * file; the batch job is the one for large exports.
 */
public final class InMemoryCheck {

    private final ProfileSet profiles;
    private final GroupChecker checker;
    private final InsuranceLookup insurance;

    public InMemoryCheck(ProfileSet profiles, CostTable costs, ClientPseudonymizer pseudonymizer) {
        this(profiles, costs, pseudonymizer, InsuranceLookup.NONE);
    }

    public InMemoryCheck(
            ProfileSet profiles,
            CostTable costs,
            ClientPseudonymizer pseudonymizer,
            InsuranceLookup insurance) {
        this(profiles, costs, pseudonymizer, insurance, nl.tztcheck.i18n.Language.NL);
    }

    /**
     * @param language the language of the findings' messages; Dutch unless asked otherwise, as in
     *     the batch job
     */
    public InMemoryCheck(
            ProfileSet profiles,
            CostTable costs,
            ClientPseudonymizer pseudonymizer,
            InsuranceLookup insurance,
            nl.tztcheck.i18n.Language language) {
        this.profiles = profiles;
        this.checker = new GroupChecker(profiles, costs, pseudonymizer, language);
        this.insurance = insurance;
    }

    public CheckOutcome run(Path claims) throws IOException {
        return run(claims, TechnologyMapping.NONE);
    }

    /**
     * @param mapping client -> technology for AW319 lines without a TZT comment record
     */
    public CheckOutcome run(Path claims, TechnologyMapping mapping) throws IOException {
        List<RowResult> rows = new ArrayList<>();
        Map<Long, String> rawText = new HashMap<>();
        long blank;
        try (ClaimSource source = ClaimSources.open(claims, profiles, mapping)) {
            RowResult row;
            while ((row = source.next()) != null) {
                rows.add(row);
                if (row instanceof RowResult.Accepted) {
                    // kept for the rows that a repeated line id rejects after reading
                    rawText.put(row.lineNo(), source.maskedRawTextOfLast());
                }
            }
            blank = source.blankRows();
        }
        return run(rows, blank, rawText::get);
    }

    /**
     * Checks rows already read; {@code rawText} gives a row's text for rejects found after reading.
     */
    public CheckOutcome run(
            List<RowResult> rows, long blankRows, java.util.function.LongFunction<String> rawText) {
        List<Reject> rejects = new ArrayList<>();
        List<RowResult.Accepted> accepted = new ArrayList<>();
        Map<String, Long> firstLineOfId = new HashMap<>();
        for (RowResult r :
                rows.stream().sorted(Comparator.comparingLong(RowResult::lineNo)).toList()) {
            if (r instanceof RowResult.Rejected rej) {
                rejects.add(rej.reject());
            } else if (r instanceof RowResult.Accepted a) {
                Long first = firstLineOfId.putIfAbsent(a.line().lineId(), a.lineNo());
                if (first == null) {
                    accepted.add(a);
                } else {
                    rejects.add(
                            DuplicateLineIds.reject(a.line(), first, rawText.apply(a.lineNo())));
                }
            }
        }
        Map<String, Correction> corrections = corrections(accepted);
        Set<String> regularCare = new HashSet<>();
        Map<String, List<ClaimLine>> groups = new LinkedHashMap<>();
        long tech = 0;
        long regular = 0;
        long other = 0;
        for (RowResult.Accepted a : accepted) {
            ClaimLine l = a.line();
            switch (a.kind()) {
                case TECHNOLOGY -> {
                    tech++;
                    groups.computeIfAbsent(
                                    groupKey(l.clientId(), l.uzovi(), l.month()),
                                    k -> new ArrayList<>())
                            .add(l);
                }
                case REGULAR_CARE -> {
                    regular++;
                    Correction c = corrections.get(l.lineId());
                    if (!l.credit() && (c == null || c.kind() != Correction.Kind.CANCELLED)) {
                        regularCare.add(groupKey(l.clientId(), l.uzovi(), l.month()));
                    }
                }
                case OTHER -> other++;
            }
        }
        List<LineResult> lines = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<ClaimLine>> g : groups.entrySet()) {
            ClaimLine first = g.getValue().get(0);
            Map<String, Correction> groupCorrections = new HashMap<>();
            g.getValue()
                    .forEach(
                            l -> {
                                Correction c = corrections.get(l.lineId());
                                if (c != null) {
                                    groupCorrections.put(l.lineId(), c);
                                }
                            });
            GroupResult result =
                    checker.check(
                            new MonthGroup(
                                    first.clientId(),
                                    first.uzovi(),
                                    first.month(),
                                    g.getValue(),
                                    groupCorrections,
                                    regularCare.contains(g.getKey()),
                                    insurance.of(first.clientId(), first.uzovi(), first.month())));
            lines.addAll(result.lines());
            findings.addAll(result.findings());
        }
        lines.sort(Comparator.comparingLong(r -> r.line().lineNo()));
        findings.sort(FindingOrder.BY_GROUP);
        rejects.sort(Comparator.comparingLong(Reject::lineNo));
        LineCounts counts =
                new LineCounts(rows.size(), tech, regular, other, rejects.size(), blankRows);
        return new CheckOutcome(
                List.copyOf(lines), List.copyOf(findings), List.copyOf(rejects), counts);
    }

    private static Map<String, Correction> corrections(List<RowResult.Accepted> accepted) {
        Map<String, ClaimLine> byId = new HashMap<>();
        List<CreditMatcher.Credit> credits = new ArrayList<>();
        for (RowResult.Accepted a : accepted) {
            byId.put(a.line().lineId(), a.line());
            if (a.line().credit()) {
                // the parser rejects a credit that does not name the line it corrects
                credits.add(
                        new CreditMatcher.Credit(
                                a.line().lineId(),
                                a.lineNo(),
                                java.util.Objects.requireNonNull(a.line().correctsLineId())));
            }
        }
        return CreditMatcher.match(
                credits,
                id -> {
                    ClaimLine t = byId.get(id);
                    return t == null
                            ? CreditMatcher.Target.ABSENT
                            : t.credit() ? CreditMatcher.Target.CREDIT : CreditMatcher.Target.DEBIT;
                });
    }

    static String groupKey(String clientId, String uzovi, YearMonth month) {
        return clientId + "\u0000" + uzovi + "\u0000" + month;
    }
}
