package nl.tztcheck.businesscase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.ClaimSources;
import nl.tztcheck.claims.RowResult;
import nl.tztcheck.claims.aw319.TechnologyMapping;
import nl.tztcheck.profiles.ProfileSet;

/**
 * The observed change in regular care of an export, CSV or AW319 alike (read as {@code check} reads
 * it). Two passes: the first collects the line ids that credits name, the second counts, so no line
 * is held in memory.
 */
public final class RegularCareEffects {

    private RegularCareEffects() {}

    public static RegularCareEffect read(
            Path claims, ProfileSet profiles, TechnologyMapping mapping, EffectWindow window)
            throws IOException {
        Set<String> cancelled = new HashSet<>();
        try (ClaimSource source = ClaimSources.open(claims, profiles, mapping)) {
            RowResult row;
            while ((row = source.next()) != null) {
                if (row instanceof RowResult.Accepted a
                        && a.line().credit()
                        && a.line().correctsLineId() != null) {
                    cancelled.add(a.line().correctsLineId());
                }
            }
        }
        RegularCareTally tally = new RegularCareTally(profiles, window, cancelled);
        try (ClaimSource source = ClaimSources.open(claims, profiles, mapping)) {
            RowResult row;
            while ((row = source.next()) != null) {
                if (row instanceof RowResult.Accepted a) {
                    tally.add(a.line(), a.kind());
                }
            }
        }
        return tally.build(String.valueOf(claims.getFileName()));
    }

    /** The same over rows already read (tests, in-memory callers). */
    public static RegularCareEffect of(
            String claimsFile, List<RowResult> rows, ProfileSet profiles, EffectWindow window) {
        Set<String> cancelled = new HashSet<>();
        for (RowResult r : rows) {
            if (r instanceof RowResult.Accepted a
                    && a.line().credit()
                    && a.line().correctsLineId() != null) {
                cancelled.add(a.line().correctsLineId());
            }
        }
        RegularCareTally tally = new RegularCareTally(profiles, window, cancelled);
        for (RowResult r : rows) {
            if (r instanceof RowResult.Accepted a) {
                tally.add(a.line(), a.kind());
            }
        }
        return tally.build(claimsFile);
    }
}
