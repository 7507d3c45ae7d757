package nl.tztcheck.comparison;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Trust;

/**
 * Adds up the evidence of many providers per insurer, code, technology and cause: published cells
 * are summed, suppressed cells only counted (so the aggregate equals the sum of the published
 * parts), and the trust of the profiles behind them is carried along (the worst wins).
 */
public final class EvidenceAggregator {

    /**
     * Two profile sets judge one insurer, one with sample terms (illustrative), the other with real
     * ones: adding them up would mix invented and real conditions. Indexes into the list given to
     * {@link #mixOfTerms}.
     */
    public record TermsMix(
            String insurerName,
            int sampleFile,
            String sampleFingerprint,
            int realFile,
            String realFingerprint) {}

    private EvidenceAggregator() {}

    /** Accumulates one insurer; its name is the one in the first evidence about it. */
    private static final class Acc {
        final String name;
        int providers;
        int suppressed;
        Trust trust = Trust.VERIFIED;
        InsurerFigures figures = InsurerFigures.ZERO;
        final Map<String, Trust> dimensions = new TreeMap<>();
        final Map<Technology, DimensionAggregate> gaps = new EnumMap<>(Technology.class);
        final Map<FindingCode, DimensionAggregate> codes = new EnumMap<>(FindingCode.class);
        final Map<EvidenceGroup, DimensionAggregate> causes = new EnumMap<>(EvidenceGroup.class);

        Acc(String name) {
            this.name = name;
        }
    }

    /**
     * The first insurer for which one provider's profile set had sample (illustrative) terms and
     * another provider's different set real (verified or unverified) ones. The same set used over
     * different periods is no mix.
     */
    public static Optional<TermsMix> mixOfTerms(List<ProviderEvidence> files) {
        // insurer -> fingerprint -> (file index, trust of that insurer's versions in that file)
        Map<String, Map<String, Integer>> seen = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        for (int f = 0; f < files.size(); f++) {
            for (InsurerEvidence i : files.get(f).insurers()) {
                names.putIfAbsent(i.insurer(), i.name());
                seen.computeIfAbsent(i.insurer(), k -> new LinkedHashMap<>())
                        .putIfAbsent(
                                files.get(f).profileFingerprint()
                                        + "/"
                                        + (i.trust() == Trust.ILLUSTRATIVE ? "sample" : "real"),
                                f);
            }
        }
        for (Map.Entry<String, Map<String, Integer>> e : seen.entrySet()) {
            for (Map.Entry<String, Integer> sample : e.getValue().entrySet()) {
                if (!sample.getKey().endsWith("/sample")) {
                    continue;
                }
                String fp = fingerprint(sample.getKey());
                for (Map.Entry<String, Integer> real : e.getValue().entrySet()) {
                    if (real.getKey().endsWith("/real") && !fingerprint(real.getKey()).equals(fp)) {
                        // names got every insurer that seen did, in the same loop
                        return Optional.of(
                                new TermsMix(
                                        Objects.requireNonNull(names.get(e.getKey())),
                                        sample.getValue(),
                                        fp,
                                        real.getValue(),
                                        fingerprint(real.getKey())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String fingerprint(String key) {
        return key.substring(0, key.lastIndexOf('/'));
    }

    public static NationalEvidence aggregate(List<ProviderEvidence> files) {
        Map<String, Acc> byInsurer = new TreeMap<>();
        List<String> named = new ArrayList<>();
        Map<String, List<ProviderEvidence>> bySet = new TreeMap<>();
        String first = "";
        String last = "";
        Trust overall = Trust.VERIFIED;
        for (ProviderEvidence p : files) {
            if (p.provider() != null) {
                named.add(p.provider());
            }
            bySet.computeIfAbsent(p.profileFingerprint(), k -> new ArrayList<>()).add(p);
            overall = overall.and(p.trust());
            first = earlier(first, p.firstMonth());
            last = later(last, p.lastMonth());
            for (InsurerEvidence i : p.insurers()) {
                add(byInsurer.computeIfAbsent(i.insurer(), k -> new Acc(i.name())), i);
            }
        }
        List<InsurerAggregate> insurers = new ArrayList<>();
        byInsurer.forEach(
                (id, a) ->
                        insurers.add(
                                new InsurerAggregate(
                                        id,
                                        a.name,
                                        a.providers,
                                        a.suppressed,
                                        a.figures,
                                        a.gaps,
                                        a.codes,
                                        a.causes,
                                        a.trust,
                                        a.dimensions)));
        named.sort(String.CASE_INSENSITIVE_ORDER);
        List<NationalEvidence.ProfileSetUse> sets = new ArrayList<>();
        bySet.forEach(
                (fp, ps) ->
                        sets.add(
                                new NationalEvidence.ProfileSetUse(
                                        fp,
                                        Trust.worst(
                                                ps.stream().map(ProviderEvidence::trust).toList()),
                                        ps.stream()
                                                .map(ProviderEvidence::provider)
                                                .filter(n -> n != null)
                                                .sorted(String.CASE_INSENSITIVE_ORDER)
                                                .toList(),
                                        (int)
                                                ps.stream()
                                                        .filter(q -> q.provider() == null)
                                                        .count())));
        return new NationalEvidence(files.size(), named, first, last, insurers, sets, overall);
    }

    private static void add(Acc acc, InsurerEvidence i) {
        acc.trust = acc.trust.and(i.trust());
        i.profiles()
                .forEach(
                        u ->
                                u.dimensions()
                                        .forEach((d, t) -> acc.dimensions.merge(d, t, Trust::and)));
        if (i.suppressed()) {
            acc.suppressed++;
            return;
        }
        acc.providers++;
        acc.figures = acc.figures.plus(i.figures());
        i.costGaps()
                .forEach(
                        (t, c) ->
                                acc.gaps.merge(
                                        t,
                                        DimensionAggregate.NONE.plus(c),
                                        DimensionAggregate::plus));
        i.findings()
                .forEach(
                        (code, c) ->
                                acc.codes.merge(
                                        code,
                                        DimensionAggregate.NONE.plus(c),
                                        DimensionAggregate::plus));
        i.causes()
                .forEach(
                        (g, c) ->
                                acc.causes.merge(
                                        g,
                                        DimensionAggregate.NONE.plus(c),
                                        DimensionAggregate::plus));
    }

    private static String earlier(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) <= 0 ? a : b;
    }

    private static String later(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() || a.compareTo(b) >= 0 ? a : b;
    }
}
