package nl.tztcheck.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.tztcheck.claims.DeviceList.Device;
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
 * Technology in use but not declarable ({@code check --devices}): a client-month at an insurer in
 * which a device is in use on at least one day and no 1062 line of the client at that insurer is
 * payable (none declared, or all of them unpaid) gets a COST_GAP finding for the device's category:
 * the device's monthly cost, of which the insurer pays nothing, with the reason. Pure: the batch
 * shell gives it what the check made of each client-month.
 *
 * <p>No double counting: a month with a payable 1062 line at that insurer keeps the check's own
 * cost gap and gets nothing here; so does a category for which the check already found a COST_GAP
 * (its lines were declared, and priced, in that category), and a month the check could not judge (a
 * line without a profile).
 */
public final class DeviceMonths {

    /**
     * One client-month at one insurer; the client is the key the check's lines carry (the job's
     * staging key).
     */
    public record MonthKey(String clientId, String uzovi, YearMonth month) {}

    /**
     * What the check made of the 1062 lines of one client-month at one insurer.
     *
     * @param payable at least one line is reimbursed (more than 0)
     * @param unjudged at least one line could not be checked (no profile): the month is not judged
     *     here either
     * @param codes the finding codes on the month's lines, for the reason
     * @param costGapCategories the categories the check found a COST_GAP for already
     */
    public record MonthState(
            boolean payable,
            boolean unjudged,
            Set<FindingCode> codes,
            Set<Technology> costGapCategories) {}

    /**
     * @param findings the COST_GAP findings of the device months, in the order of findings.csv
     *     (insurer, month, client)
     * @param withoutCategory devices whose category neither the list nor the export's lines name:
     *     left out
     */
    public record Outcome(List<Finding> findings, int withoutCategory) {

        public long costGapCents() {
            return findings.stream().mapToLong(Finding::costGapCents).sum();
        }
    }

    /**
     * The devices of one client in one category in one month: their distinct products and the first
     * day in use.
     */
    private record Group(String clientId, String uzovi, YearMonth month, Technology category) {}

    private final ProfileSet profiles;
    private final CostTable costs;
    private final ClientPseudonymizer pseudonymizer;
    private final Language language;

    /**
     * @param pseudonymizer the pseudonym of a device's client key (the same as the check's lines
     *     get)
     */
    public DeviceMonths(
            ProfileSet profiles,
            CostTable costs,
            ClientPseudonymizer pseudonymizer,
            Language language) {
        this.profiles = profiles;
        this.costs = costs;
        this.pseudonymizer = pseudonymizer;
        this.language = language;
    }

    /**
     * @param devices the device list, each client number replaced by the key the check's lines
     *     carry
     * @param first the export's first month; device months before it are not looked at
     * @param last the export's last month; a device still in use counts up to here
     * @param checked the check's client-months at an insurer that have 1062 lines; absent: none
     *     declared
     * @param productCategories the category the export's 1062 lines give a product, by {@link
     *     CostTable#normalise} name
     */
    public Outcome findings(
            List<Device> devices,
            YearMonth first,
            YearMonth last,
            Map<MonthKey, MonthState> checked,
            Map<String, Technology> productCategories) {
        Map<Group, Map<String, RuleContext.Item>> items = new LinkedHashMap<>();
        Map<Group, LocalDate> firstDay = new LinkedHashMap<>();
        int withoutCategory = 0;
        for (Device d : devices) {
            Optional<Technology> category =
                    d.technology()
                            .or(
                                    () ->
                                            Optional.ofNullable(
                                                    productCategories.get(
                                                            CostTable.normalise(d.product()))));
            if (category.isEmpty()) {
                withoutCategory++;
                continue;
            }
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                if (!d.inUse(m)) {
                    continue;
                }
                Group g = new Group(d.clientId(), d.uzovi(), m, category.get());
                String product = d.product().isEmpty() ? "" : CostTable.normalise(d.product());
                items.computeIfAbsent(g, k -> new LinkedHashMap<>())
                        .putIfAbsent(
                                product,
                                new RuleContext.Item(
                                        d.product(),
                                        costs.costOf(
                                                category.get(),
                                                d.product().isEmpty() ? null : d.product())));
                LocalDate day = d.from().isAfter(m.atDay(1)) ? d.from() : m.atDay(1);
                firstDay.merge(g, day, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Finding> findings = new ArrayList<>();
        items.forEach(
                (g, products) ->
                        finding(
                                        g,
                                        List.copyOf(products.values()),
                                        java.util.Objects.requireNonNull(
                                                firstDay.get(g), "set with the items"),
                                        checked.get(
                                                new MonthKey(g.clientId(), g.uzovi(), g.month())))
                                .ifPresent(findings::add));
        findings.sort(
                Comparator.comparing(Finding::uzovi)
                        .thenComparing(Finding::month)
                        .thenComparing(Finding::client)
                        .thenComparing(
                                f ->
                                        java.util.Objects.requireNonNull(
                                                        f.technology(),
                                                        "a device month has its category")
                                                .ordinal()));
        return new Outcome(List.copyOf(findings), withoutCategory);
    }

    /**
     * The device month's finding, unless the month is paid, judged by the check already, or costs
     * nothing.
     */
    private Optional<Finding> finding(
            Group g, List<RuleContext.Item> products, LocalDate day, @Nullable MonthState state) {
        if (state != null
                && (state.payable()
                        || state.unjudged()
                        || state.costGapCategories().contains(g.category()))) {
            return Optional.empty();
        }
        Optional<EffectiveProfile> resolved = profiles.resolve(g.uzovi(), day);
        long cost = products.stream().mapToLong(i -> i.cost().cents()).sum();
        if (resolved.isEmpty() || cost <= 0) {
            return Optional.empty();
        }
        EffectiveProfile profile = resolved.get();
        RuleTexts t = RuleTexts.of(language);
        String client = pseudonymizer.pseudonym(g.clientId());
        String items =
                products.stream()
                        .map(
                                i ->
                                        i.product().isEmpty()
                                                ? t.text(
                                                        FindingCode.COST_GAP,
                                                        "item.noProduct",
                                                        "technology",
                                                        t.technology(g.category()),
                                                        "cost",
                                                        t.money(i.cost()))
                                                : t.text(
                                                        FindingCode.COST_GAP,
                                                        "item",
                                                        "product",
                                                        i.product(),
                                                        "cost",
                                                        t.money(i.cost())))
                        .collect(Collectors.joining(" + "));
        Reason reason = reason(profile.settings(), g.category(), products, state);
        String message =
                t.text(
                                FindingCode.COST_GAP,
                                "device.message",
                                "month",
                                t.month(g.month()),
                                "technology",
                                t.technology(g.category()),
                                "items",
                                items,
                                "cost",
                                t.money(Money.cents(cost)),
                                "insurer",
                                t.insurer(profile),
                                "reason",
                                t.text(
                                        FindingCode.COST_GAP,
                                        "device.reason." + reason.key(),
                                        reason.figures(t, profile)))
                        + " "
                        + RuleTexts.whatToDo(FindingCode.COST_GAP, language);
        String source =
                RuleTexts.nationalSource(FindingCode.COST_GAP, language)
                        + " | "
                        + profile.sourceOf(reason.dimensions(), language);
        String month = g.month().toString();
        return Optional.of(
                new Finding(
                        FindingKeys.of(
                                FindingCode.COST_GAP,
                                "",
                                g.uzovi(),
                                client,
                                month,
                                g.category().name() + "|devices"),
                        FindingCode.COST_GAP,
                        "",
                        0,
                        client,
                        g.uzovi(),
                        profile.insurerId(),
                        profile.insurerVersion().version(),
                        g.month(),
                        g.category(),
                        0,
                        0,
                        0,
                        0,
                        0,
                        cost,
                        0,
                        message,
                        source));
    }

    /**
     * Why the insurer pays nothing for the device this month; the first that applies, in the order
     * of the eligibility rules.
     */
    private record Reason(String key, List<String> dimensions, Object... pairs) {

        Object[] figures(RuleTexts t, EffectiveProfile profile) {
            Object[] all = java.util.Arrays.copyOf(pairs, pairs.length + 2);
            all[pairs.length] = "insurer";
            all[pairs.length + 1] = t.insurer(profile);
            return all;
        }
    }

    private Reason reason(
            Terms s,
            Technology category,
            List<RuleContext.Item> products,
            @Nullable MonthState state) {
        RuleTexts t = RuleTexts.of(language);
        if (!s.contracted()) {
            return new Reason("notContracted", List.of("contracted"));
        }
        if (!s.coveredCategories().contains(category)) {
            return new Reason(
                    "notCovered",
                    List.of("coveredCategories"),
                    "technology",
                    t.technology(category));
        }
        Optional<String> excluded =
                products.stream()
                        .map(RuleContext.Item::product)
                        .filter(
                                p ->
                                        !p.isEmpty()
                                                && s.excludedProducts()
                                                        .contains(CostTable.normalise(p)))
                        .findFirst();
        if (excluded.isPresent()) {
            return new Reason("excluded", List.of("excludedProducts"), "product", excluded.get());
        }
        if (state != null) {
            String codes =
                    new TreeMap<>(
                                    state.codes().stream()
                                            .collect(Collectors.toMap(FindingCode::name, c -> c)))
                            .keySet().stream().collect(Collectors.joining(", "));
            return new Reason(
                    "notPaid",
                    List.of("tariffs", "tariffCeiling"),
                    "codes",
                    codes.isEmpty() ? "-" : codes);
        }
        return new Reason("notDeclared", List.of("tariffs", "tariffCeiling"));
    }
}
