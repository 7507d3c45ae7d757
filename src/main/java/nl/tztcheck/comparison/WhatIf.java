package nl.tztcheck.comparison;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.LineKind;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.rules.InMemoryCheck;

/**
 * What-if: reads the export once, then runs the in-memory check once per insurer with every
 * technology and regular-care line declared to that insurer's first label, so the figures for an
 * insurer are exactly what {@code check} gives when every client is really insured there.
 */
public final class WhatIf {

    private final ProfileSet profiles;
    private final InMemoryCheck check;

    public WhatIf(ProfileSet profiles, CostTable costs) {
        this.profiles = profiles;
        // pseudonyms never leave a what-if (only totals do), so a throw-away key is enough
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.check = new InMemoryCheck(profiles, costs, new ClientPseudonymizer(key));
    }

    public WhatIfResult run(Path claims) throws IOException {
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
        InsurerOutcome asDeclared = InsurerOutcome.of("", "As declared", "", check.run(rows, blank, rawText::get));
        List<InsurerOutcome> outcomes = new ArrayList<>();
        for (InsurerProfile insurer : profiles.insurers()) {
            String uzovi = insurer.labels().get(0).uzovi();
            List<RowResult> redeclared = Redeclaration.to(uzovi, rows, profiles);
            outcomes.add(InsurerOutcome.of(insurer.id(), insurer.name(), uzovi, check.run(redeclared, blank, rawText::get)));
        }
        return new WhatIfResult(String.valueOf(claims.getFileName()), clientMonths(rows), asDeclared, outcomes);
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
