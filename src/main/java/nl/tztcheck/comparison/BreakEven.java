package nl.tztcheck.comparison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.CostTable;
import nl.tztcheck.profiles.InsurerProfile;
import nl.tztcheck.profiles.ProfileSet;
import nl.tztcheck.profiles.ProfileVersion;
import nl.tztcheck.profiles.Terms;
import nl.tztcheck.profiles.Trust;

/**
 * Break-even per insurer and technology (input for the financing agreements of the Stappenplan
 * Contractering, step 3C). With C the monthly cost and H the insurer's ceiling per hour, both in
 * cents, and M the minutes a month can be paid (min of monthly and category cap):
 *
 * <ul>
 *   <li>minutes needed at the ceiling: the least m with round(m x H / 60) &gt;= C, that is
 *       ceil((60C - 30) / H);
 *   <li>hourly tariff needed at the cap: the least t with round(M x t / 60) &gt;= C, that is
 *       ceil((60C - 30) / M).
 * </ul>
 *
 * The 30 is half a cent times 60: lines are rounded half up to the cent. The technology is assumed
 * to have the whole monthly cap to itself.
 */
public final class BreakEven {

    private BreakEven() {}

    /**
     * @param products the products to show, by category, keyed by display name (e.g. as seen in an
     *     export)
     * @throws IllegalArgumentException when no national version is valid on the date
     */
    public static List<BreakEvenRow> compute(
            ProfileSet profiles,
            CostTable costs,
            LocalDate date,
            Map<Technology, SortedMap<String, String>> products) {
        ProfileVersion nv =
                profiles.nationalOn(date)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "no version of the national rule is valid on "
                                                        + date));
        List<BreakEvenRow> rows = new ArrayList<>();
        Trust costTrust = costs.source().verified() ? Trust.VERIFIED : Trust.ILLUSTRATIVE;
        Labels national =
                new Labels(
                        profiles.national().id(),
                        profiles.national().name(),
                        nv.version(),
                        nv.trust(),
                        costTrust);
        addAll(rows, national, nv.settings().complete(), costs, products);
        for (InsurerProfile p : profiles.insurers()) {
            p.versionOn(date)
                    .ifPresent(
                            iv ->
                                    addAll(
                                            rows,
                                            new Labels(
                                                    p.id(),
                                                    p.name(),
                                                    iv.version(),
                                                    profiles.trustOn(p.id(), date),
                                                    costTrust),
                                            iv.settings().over(nv.settings()),
                                            costs,
                                            products));
        }
        return rows;
    }

    /** Who a row is about, and how far its conditions and costs can be trusted. */
    record Labels(String id, String name, String version, Trust conditions, Trust costs) {}

    private static void addAll(
            List<BreakEvenRow> rows,
            Labels who,
            Terms s,
            CostTable costs,
            Map<Technology, SortedMap<String, String>> products) {
        for (Technology t : Technology.values()) {
            rows.add(row(who, s, t, "", costs.costOf(t, null)));
            products.getOrDefault(t, java.util.Collections.emptySortedMap())
                    .forEach(
                            (display, key) ->
                                    rows.add(row(who, s, t, display, costs.costOf(t, key))));
        }
    }

    static BreakEvenRow row(Labels who, Terms s, Technology t, String product, Money cost) {
        String id = who.id();
        String name = who.name();
        String version = who.version();
        long c = cost.cents();
        long h = s.tariffCeiling().perHour(s.tariffs()).map(Money::cents).orElse(0L);
        int cap =
                Math.min(
                        s.monthlyCapMinutes(),
                        s.categoryCapsMinutes().getOrDefault(t, Integer.MAX_VALUE));
        boolean excluded =
                !product.isEmpty()
                        && s.excludedProducts()
                                .contains(product.trim().toLowerCase(java.util.Locale.ROOT));
        BreakEvenRow.Status status;
        if (!s.contracted()) {
            status = BreakEvenRow.Status.NOT_CONTRACTED;
        } else if (!s.coveredCategories().contains(t) || excluded || h == 0 || cap == 0) {
            status = BreakEvenRow.Status.NOT_COVERED;
        } else {
            long minutes = neededUnits(c, h);
            long shortfall = Math.max(0, c - Money.forMinutes(cap, Money.cents(h)).cents());
            status =
                    minutes <= cap
                            ? BreakEvenRow.Status.COVERED_WITHIN_CAP
                            : BreakEvenRow.Status.NOT_WITHIN_CAP;
            return new BreakEvenRow(
                    id,
                    name,
                    version,
                    t,
                    product,
                    c,
                    status,
                    h,
                    cap,
                    minutes,
                    neededUnits(c, cap),
                    shortfall,
                    who.conditions(),
                    who.costs());
        }
        return new BreakEvenRow(
                id,
                name,
                version,
                t,
                product,
                c,
                status,
                h,
                cap,
                -1,
                -1,
                c,
                who.conditions(),
                who.costs());
    }

    /**
     * The least n with round_half_up(n x rate / 60) &gt;= cost: ceil((60 x cost - 30) / rate), at
     * least 0.
     */
    static long neededUnits(long costCents, long rate) {
        long numerator = 60 * costCents - 30;
        return numerator <= 0 ? 0 : (numerator + rate - 1) / rate;
    }
}
