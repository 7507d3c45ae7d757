package nl.tztcheck.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.GroupChecker;
import nl.tztcheck.rules.GroupResult;
import nl.tztcheck.rules.MonthGroup;

/**
 * The benchmark's lower bound: what the check costs with no framework, no database and no output
 * files. It reads the export with the same reader and parser, groups technology lines per client,
 * insurer and month (one client at a time: the generated exports are ordered by client), and runs
 * the same rules on every group. It skips what the job adds on top (staging, credit matching,
 * restartability, writing the reports), so the job can only be slower.
 */
public final class PlainJavaCheck {

    /** What the lower bound did, to compare with the job's summary. */
    public record Result(
            long linesRead, long groups, long findings, long atRiskCents, long nanos) {}

    private PlainJavaCheck() {}

    public static Result run(Path claims, ProfileSet profiles, CostTable costs) throws IOException {
        long start = System.nanoTime();
        GroupChecker checker =
                new GroupChecker(profiles, costs, new ClientPseudonymizer(new byte[32]));
        // the generated exports are ordered by client: one client's groups are held at a time, so
        // memory does not grow
        // with the export (like the job, whose staging table is on disk); a client seen again after
        // its groups were
        // checked would be a different file shape, and is refused rather than measured wrongly
        Map<String, List<ClaimLine>> groups = new LinkedHashMap<>();
        Set<String> regularCare = new HashSet<>();
        Set<String> doneClients = new HashSet<>();
        String client = null;
        long read = 0;
        long[] totals = new long[3]; // groups, findings, at risk
        try (ClaimSource source = ClaimSources.open(claims, profiles, TechnologyMapping.NONE)) {
            for (RowResult row = source.next(); row != null; row = source.next()) {
                read++;
                if (row instanceof RowResult.Accepted a) {
                    ClaimLine l = a.line();
                    if (!l.clientId().equals(client)) {
                        checkAll(checker, groups, regularCare, totals);
                        if (client != null) {
                            doneClients.add(client);
                        }
                        client = l.clientId();
                        if (doneClients.contains(client)) {
                            throw new IllegalArgumentException(
                                    "the lower bound needs an export ordered by client (as generated): "
                                            + "line "
                                            + l.lineNo()
                                            + " returns to an earlier client");
                        }
                    }
                    switch (a.kind()) {
                        case TECHNOLOGY ->
                                groups.computeIfAbsent(
                                                key(l.clientId(), l.uzovi(), l.month()),
                                                k -> new ArrayList<>())
                                        .add(l);
                        case REGULAR_CARE ->
                                regularCare.add(key(l.clientId(), l.uzovi(), l.month()));
                        case OTHER -> {}
                    }
                }
            }
        }
        checkAll(checker, groups, regularCare, totals);
        return new Result(read, totals[0], totals[1], totals[2], System.nanoTime() - start);
    }

    private static void checkAll(
            GroupChecker checker,
            Map<String, List<ClaimLine>> groups,
            Set<String> regularCare,
            long[] totals) {
        for (Map.Entry<String, List<ClaimLine>> g : groups.entrySet()) {
            ClaimLine first = g.getValue().get(0);
            GroupResult result =
                    checker.check(
                            new MonthGroup(
                                    first.clientId(),
                                    first.uzovi(),
                                    first.month(),
                                    g.getValue(),
                                    Map.of(),
                                    regularCare.contains(g.getKey())));
            totals[0]++;
            totals[1] += result.findings().size();
            for (var line : result.lines()) {
                totals[2] += line.atRisk();
            }
        }
        groups.clear();
        regularCare.clear();
    }

    private static String key(String client, String uzovi, YearMonth month) {
        return client + '\u0000' + uzovi + '\u0000' + month;
    }
}
