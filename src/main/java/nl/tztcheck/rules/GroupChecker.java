package nl.tztcheck.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tztcheck.claims.Bsn;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.ClientPseudonymizer;
import nl.tztcheck.findings.Finding;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.findings.FindingKeys;
import nl.tztcheck.i18n.Language;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.EffectiveProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.Terms;
import org.jspecify.annotations.Nullable;

/**
 * Spec section 3 for one client-month: corrections, duplicates, eligibility, caps, tariff, money,
 * cost gap and data quality, in that order. Pure and deterministic: the same group gives the same
 * result. This class holds the order of the steps and builds the results; the rules hold the
 * conditions, the arithmetic and the words (caps: {@link CapAllocation} with {@link MonthlyCapRule}
 * and {@link CategoryCapRule}; tariff: {@link TariffCeilingRule}; money: {@link LineMoney}; cost
 * gap: {@link CostGapRule}). (Longer than most classes because the steps share the per-line state;
 * each step is one method.)
 */
public final class GroupChecker {

    /** Lines are capped and listed in order of service date, then line id (plain text order). */
    public static final Comparator<ClaimLine> CAP_ORDER =
            Comparator.comparing(ClaimLine::serviceDate).thenComparing(ClaimLine::lineId);

    private final ProfileSet profiles;
    private final CostTable costs;
    private final ClientPseudonymizer pseudonymizer;
    private final Language language;

    /** Messages in Dutch, the default language. */
    public GroupChecker(ProfileSet profiles, CostTable costs, ClientPseudonymizer pseudonymizer) {
        this(profiles, costs, pseudonymizer, Language.NL);
    }

    /**
     * @param language the language of the findings' messages (the run's {@code lang})
     */
    public GroupChecker(
            ProfileSet profiles,
            CostTable costs,
            ClientPseudonymizer pseudonymizer,
            Language language) {
        this.profiles = profiles;
        this.costs = costs;
        this.pseudonymizer = pseudonymizer;
        this.language = language;
    }

    /** Per-line working state while the steps run. */
    private static final class Work {
        final ClaimLine line;

        /** Null when no insurer profile knows the line (NO_PROFILE makes the line unchecked). */
        final @Nullable EffectiveProfile profile;

        LineStatus status = LineStatus.CHECKED;
        int allowed;
        long reimbursable;

        /** Set once the steps have run, before the cost gap reads it. */
        @Nullable LineResult result;

        final Map<FindingCode, RuleContext> hits = new EnumMap<>(FindingCode.class);

        Work(ClaimLine line, @Nullable EffectiveProfile profile) {
            this.line = line;
            this.profile = profile;
        }

        void hit(FindingCode code, RuleContext context) {
            hits.put(code, context);
        }

        /**
         * A CHECKED line's profile: NO_PROFILE leaves a line without one UNCHECKED before caps,
         * tariff and money run.
         */
        EffectiveProfile checkedProfile() {
            return requireNonNull(profile, "a checked line has a profile");
        }

        boolean counts() {
            return status != LineStatus.CREDIT
                    && status != LineStatus.CANCELLED
                    && status != LineStatus.DUPLICATE;
        }
    }

    public GroupResult check(MonthGroup group) {
        String client = pseudonymizer.pseudonym(group.clientId());
        List<Work> work = new ArrayList<>();
        for (ClaimLine line : group.lines().stream().sorted(CAP_ORDER).toList()) {
            work.add(
                    new Work(
                            line, profiles.resolve(line.uzovi(), line.serviceDate()).orElse(null)));
        }
        corrections(group, work);
        duplicates(work);
        eligibility(group, work);
        caps(work);
        tariffAndMoney(work);
        dataQuality(work, group.insurance());
        unsourcedTerms(work);
        List<Finding> findings = new ArrayList<>();
        List<LineResult> results = new ArrayList<>();
        for (Work w : work) {
            LineResult r = result(w);
            w.result = r;
            results.add(r);
            w.hits.forEach((code, ctx) -> findings.add(lineFinding(code, ctx, r, client)));
        }
        findings.addAll(costGaps(group, work, client));
        return new GroupResult(List.copyOf(results), List.copyOf(findings));
    }

    private static void corrections(MonthGroup group, List<Work> work) {
        for (Work w : work) {
            Correction c = group.corrections().get(w.line.lineId());
            if (w.line.credit()) {
                w.status = LineStatus.CREDIT;
                if (c != null && c.kind() == Correction.Kind.CANCELS) {
                    w.hit(
                            FindingCode.CREDIT_IN_SAME_FILE,
                            RuleContext.detail(w.line, w.profile, c.otherLineId()));
                } else {
                    w.hit(
                            FindingCode.ORPHAN_CREDIT,
                            RuleContext.detail(
                                    w.line, w.profile, c == null ? Correction.ABSENT : c.reason()));
                }
            } else if (c != null && c.kind() == Correction.Kind.CANCELLED) {
                w.status = LineStatus.CANCELLED;
            }
        }
    }

    /** Spec 3.2: a debit equal to an earlier one in the file (by line number) is a duplicate. */
    private static void duplicates(List<Work> work) {
        Map<String, Work> firstSeen = new HashMap<>();
        work.stream()
                .filter(w -> w.status == LineStatus.CHECKED)
                .sorted(Comparator.comparingLong(w -> w.line.lineNo()))
                .forEach(
                        w -> {
                            ClaimLine l = w.line;
                            String key =
                                    String.join(
                                            "|",
                                            l.serviceCode(),
                                            l.serviceDate().toString(),
                                            String.valueOf(l.minutes()),
                                            String.valueOf(l.hourlyTariff().cents()),
                                            String.valueOf(l.technology()));
                            Work earlier = firstSeen.putIfAbsent(key, w);
                            if (earlier != null) {
                                w.status = LineStatus.DUPLICATE;
                                // by line id only: the same care as CSV and as AW319 then gives the
                                // same message
                                w.hit(
                                        FindingCode.DUPLICATE_LINE,
                                        RuleContext.detail(
                                                w.line, w.profile, earlier.line.lineId()));
                            }
                        });
    }

    private void eligibility(MonthGroup group, List<Work> work) {
        for (Work w : work) {
            if (w.status != LineStatus.CHECKED) {
                continue;
            }
            Terms base =
                    w.profile != null
                            ? w.profile.settings()
                            : profiles.nationalOn(w.line.serviceDate())
                                    .map(v -> v.settings().complete())
                                    .orElse(null);
            Eligibility e =
                    new Eligibility(
                            w.profile, base, group.regularCareSameMonth(), group.insurance());
            for (EligibilityRule rule : RuleCatalogue.ELIGIBILITY_IN_ORDER) {
                if (rule.excludes(w.line, e)) {
                    w.status =
                            rule.code() == FindingCode.NO_PROFILE
                                    ? LineStatus.UNCHECKED
                                    : LineStatus.INELIGIBLE;
                    w.hit(
                            rule.code(),
                            RuleContext.eligibility(w.line, w.profile, group.insurance()));
                    break;
                }
            }
        }
    }

    /**
     * Spec 3.4: minutes are granted in (date, line id) order until a cap runs out; the line that
     * crosses a cap gets the finding.
     */
    private static void caps(List<Work> work) {
        CapAllocation caps = new CapAllocation();
        for (Work w : work) {
            if (w.status != LineStatus.CHECKED) {
                continue;
            }
            Terms s = w.checkedProfile().settings();
            if (TechnologyUnknownRule.applies(w.line, s)) {
                w.hit(FindingCode.TECHNOLOGY_UNKNOWN, RuleContext.of(w.line, w.profile));
            }
            w.allowed = caps.grant(w.line, s);
            Optional<FindingCode> cut = caps.lastCutBy();
            if (cut.isPresent()) {
                w.hit(cut.get(), RuleContext.capped(w.line, w.profile, w.allowed));
            }
        }
    }

    /**
     * Spec 3.5 and 3.6: the tariff is held against the ceiling, then the line's reimbursable money
     * is computed.
     */
    private static void tariffAndMoney(List<Work> work) {
        for (Work w : work) {
            if (w.status != LineStatus.CHECKED) {
                continue;
            }
            Money ceiling = TariffCeilingRule.ceiling(w.checkedProfile());
            if (TariffCeilingRule.exceeds(w.line, ceiling)) {
                w.hit(
                        FindingCode.TARIFF_ABOVE_CEILING,
                        RuleContext.aboveCeiling(w.line, w.profile, w.allowed, ceiling));
            }
            w.reimbursable = LineMoney.reimbursable(w.line, w.allowed, ceiling);
        }
    }

    /** Spec 3.8: on every technology line as read, whatever else happened to it. */
    private static void dataQuality(List<Work> work, Insurance insurance) {
        for (Work w : work) {
            ClaimLine l = w.line;
            if (insurance.state() == Insurance.State.UNAVAILABLE) {
                w.hit(FindingCode.INSURANCE_UNVERIFIED, RuleContext.of(l, w.profile));
            }
            String bsn = l.bsn();
            if (bsn != null && !Bsn.isAbsent(bsn) && !Bsn.isValid(bsn)) {
                w.hit(FindingCode.INVALID_BSN, RuleContext.of(l, w.profile));
            }
            if (AmountMismatchRule.applies(l)) {
                Money expected = l.expectedAmount();
                w.hit(
                        FindingCode.AMOUNT_MISMATCH,
                        RuleContext.amountMismatch(
                                l,
                                w.profile,
                                expected,
                                LineMoney.underclaimed(l, expected, w.status)));
            }
        }
    }

    /**
     * A line judged by terms that only carry an earlier version forward (no source for its date)
     * gets a warning.
     */
    private static void unsourcedTerms(List<Work> work) {
        for (Work w : work) {
            if ((w.status == LineStatus.CHECKED || w.status == LineStatus.INELIGIBLE)
                    && TermsNotSourcedRule.applies(w.profile)) {
                w.hit(FindingCode.TERMS_NOT_SOURCED_FOR_DATE, RuleContext.of(w.line, w.profile));
            }
        }
    }

    private static LineResult result(Work w) {
        String insurer = w.profile == null ? "" : w.profile.insurerId();
        String version = w.profile == null ? "" : w.profile.insurerVersion().version();
        return LineMoney.result(
                w.line,
                w.status,
                insurer,
                version,
                w.allowed,
                w.reimbursable,
                List.copyOf(w.hits.keySet()));
    }

    private Finding lineFinding(FindingCode code, RuleContext ctx, LineResult r, String client) {
        ClaimLine l = r.line();
        Rule rule = RuleCatalogue.rule(code);
        String insurer =
                r.insurer().isEmpty()
                        ? profiles.insurerFor(l.uzovi()).map(p -> p.id()).orElse("")
                        : r.insurer();
        String month = l.month().toString();
        String tech = l.technology() == null ? "" : l.technology().name();
        return new Finding(
                FindingKeys.of(code, l.lineId(), l.uzovi(), client, month, tech),
                code,
                l.lineId(),
                l.lineNo(),
                client,
                l.uzovi(),
                insurer,
                r.profileVersion(),
                l.month(),
                l.technology(),
                l.minutes(),
                r.allowedMinutes(),
                r.claimed(),
                r.reimbursable(),
                r.atRisk(),
                0,
                ctx.underclaimed().cents(),
                rule.message(ctx, language),
                source(rule, ctx.profile(), language));
    }

    private static String source(Rule rule, @Nullable EffectiveProfile profile, Language language) {
        String national = RuleTexts.nationalSource(rule.code(), language);
        return rule.insurerCondition() && profile != null
                ? national + " | " + profile.sourceOf(rule.dimensions(), language)
                : national;
    }

    /**
     * Spec 3.7: per category, the distinct products' monthly costs minus what the category's lines
     * reimburse.
     */
    private List<Finding> costGaps(MonthGroup group, List<Work> work, String client) {
        if (work.stream().anyMatch(w -> w.status == LineStatus.UNCHECKED)) {
            return List.of();
        }
        Map<Technology, List<Work>> byCategory = new EnumMap<>(Technology.class);
        work.stream()
                .filter(Work::counts)
                .filter(w -> w.line.technology() != null)
                .forEach(
                        w ->
                                byCategory
                                        .computeIfAbsent(
                                                w.line.technology(), t -> new ArrayList<>())
                                        .add(w));
        List<Finding> findings = new ArrayList<>();
        Rule rule = RuleCatalogue.rule(FindingCode.COST_GAP);
        for (Map.Entry<Technology, List<Work>> e : byCategory.entrySet()) {
            Technology category = e.getKey();
            List<LineResult> lines =
                    e.getValue().stream().map(w -> requireNonNull(w.result)).toList();
            RuleContext.CostItems items = CostGapRule.items(group.month(), category, lines, costs);
            LineSums sums = LineSums.of(lines);
            Money cost = CostGapRule.cost(items);
            Money reimbursed = Money.cents(sums.reimbursable());
            Optional<Money> gap = CostGapRule.gap(cost, reimbursed);
            if (gap.isEmpty()) {
                continue;
            }
            EffectiveProfile profile =
                    e.getValue().stream()
                            .map(w -> w.profile)
                            .filter(p -> p != null)
                            .findFirst()
                            .orElse(null);
            RuleContext ctx =
                    RuleContext.costGap(profile, cost, reimbursed, group.insurance(), items);
            String insurer =
                    Optional.ofNullable(profile)
                            .map(EffectiveProfile::insurerId)
                            .orElseGet(
                                    () ->
                                            profiles.insurerFor(group.uzovi())
                                                    .map(p -> p.id())
                                                    .orElse(""));
            String month = group.month().toString();
            findings.add(
                    new Finding(
                            FindingKeys.of(
                                    FindingCode.COST_GAP,
                                    "",
                                    group.uzovi(),
                                    client,
                                    month,
                                    category.name()),
                            FindingCode.COST_GAP,
                            "",
                            0,
                            client,
                            group.uzovi(),
                            insurer,
                            profile == null ? "" : profile.insurerVersion().version(),
                            group.month(),
                            category,
                            sums.minutes(),
                            sums.allowedMinutes(),
                            sums.claimed(),
                            sums.reimbursable(),
                            sums.atRisk(),
                            gap.get().cents(),
                            0,
                            rule.message(ctx, language),
                            source(rule, profile, language)));
        }
        return findings;
    }
}
