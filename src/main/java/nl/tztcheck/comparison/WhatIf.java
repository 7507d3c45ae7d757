package nl.tztcheck.comparison;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.Trust;
import nl.tztcheck.rules.InMemoryCheck;

/**
 * What-if: reads the export once, then runs the in-memory check once per insurer with every
 * technology and regular-care line declared to that insurer's first label on that insurer's terms
 * (its ceiling per hour, its approval assumed given or not: {@link Redeclaration}), so the figures
 * for an insurer are exactly what {@code check} gives when every client is really insured there and
 * declared that way. Each insurer's figures carry the trust of the profile versions that judged
 * them.
 */
public final class WhatIf {

    private final ProfileSet profiles;
    private final InMemoryCheck check;

    private final Trust costTrust;

    public WhatIf(ProfileSet profiles, CostTable costs) {
        this.profiles = profiles;
        this.costTrust = costs.source().verified() ? Trust.VERIFIED : Trust.ILLUSTRATIVE;
        // pseudonyms never leave a what-if (only totals do), so a throw-away key is enough
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.check = new InMemoryCheck(profiles, costs, new ClientPseudonymizer(key));
    }

    /** With the insurers' conditions assumed met (the default). */
    public WhatIfResult run(Path claims) throws IOException {
        return run(claims, WhatIfConditions.MET);
    }

    public WhatIfResult run(Path claims, WhatIfConditions conditions) throws IOException {
        List<RowResult> rows = new ArrayList<>();
        Map<Long, String> rawText = new HashMap<>();
        long blank;
        try (ClaimSource source = ClaimSources.open(claims, profiles)) {
            RowResult row;
            while ((row = source.next()) != null) {
                rows.add(row);
                if (row instanceof RowResult.Accepted) {
                    rawText.put(row.lineNo(), source.maskedRawTextOfLast());
                }
            }
            blank = source.blankRows();
        }
        InsurerOutcome asDeclared =
                InsurerOutcome.of(
                        "",
                        "",
                        "",
                        check.run(rows, blank, rawText::get),
                        asDeclaredTrust(rows),
                        List.of());
        List<InsurerOutcome> outcomes = new ArrayList<>();
        for (InsurerProfile insurer : profiles.insurers()) {
            String uzovi = insurer.labels().get(0).uzovi();
            SortedSet<Long> tariffs = new TreeSet<>();
            List<RowResult> redeclared =
                    Redeclaration.to(uzovi, rows, profiles, conditions, tariffs);
            outcomes.add(
                    InsurerOutcome.of(
                            insurer.id(),
                            insurer.name(),
                            uzovi,
                            check.run(redeclared, blank, rawText::get),
                            trustOf(insurer.id(), serviceDates(rows)),
                            List.copyOf(tariffs)));
        }
        return new WhatIfResult(
                String.valueOf(claims.getFileName()),
                clientMonths(rows),
                conditions,
                costTrust,
                profiles.fingerprint(),
                asDeclared,
                outcomes);
    }

    /**
     * The worst over the versions that judge the insurer's lines on these dates (insurer over
     * national).
     */
    private Trust trustOf(String insurerId, Set<LocalDate> dates) {
        return Trust.worst(dates.stream().map(d -> profiles.trustOn(insurerId, d)).toList());
    }

    /** As declared, each line is judged by the insurer of its own UZOVI code. */
    private Trust asDeclaredTrust(List<RowResult> rows) {
        Set<Trust> all = new HashSet<>();
        for (RowResult r : rows) {
            if (r instanceof RowResult.Accepted a && a.kind() == LineKind.TECHNOLOGY) {
                String id =
                        profiles.insurerFor(a.line().uzovi()).map(InsurerProfile::id).orElse("");
                all.add(profiles.trustOn(id, a.line().serviceDate()));
            }
        }
        return Trust.worst(all);
    }

    private static Set<LocalDate> serviceDates(List<RowResult> rows) {
        Set<LocalDate> dates = new HashSet<>();
        for (RowResult r : rows) {
            if (r instanceof RowResult.Accepted a && a.kind() != LineKind.OTHER) {
                dates.add(a.line().serviceDate());
            }
        }
        return dates;
    }

    static long clientMonths(List<RowResult> rows) {
        Set<String> keys = new HashSet<>();
        for (RowResult r : rows) {
            if (r instanceof RowResult.Accepted a && a.kind() == LineKind.TECHNOLOGY) {
                keys.add(a.line().clientId() + "\u0000" + a.line().month());
            }
        }
        return keys.size();
    }
}
