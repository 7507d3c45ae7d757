package nl.tztcheck.rules;

import java.time.YearMonth;
import java.util.List;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.EffectiveProfile;
import org.jspecify.annotations.Nullable;

/**
 * What a rule may mention in its message. Holds facts, never words: the rule words them in the
 * run's language.
 *
 * @param line the line, or null for a client-month finding
 * @param profile null when no insurer profile applies
 * @param limit the cap or ceiling that bound, where relevant
 * @param detail a fact the check adds, language-neutral: the other line of a duplicate or credit
 *     pair, or the {@link Correction} reason code of an orphan credit
 * @param insurance what the verification service said about the client-month
 * @param costGap the items behind a cost gap, else null
 * @param underclaimed AMOUNT_MISMATCH: what the declared amount falls short of minutes x tariff /
 *     60 (spec 3.6), else zero
 */
public record RuleContext(
        @Nullable ClaimLine line,
        @Nullable EffectiveProfile profile,
        int allowedMinutes,
        @Nullable Money limit,
        @Nullable Money amount,
        String detail,
        Insurance insurance,
        @Nullable CostItems costGap,
        Money underclaimed) {

    /**
     * The technology a client-month paid for in one category: each distinct product and its monthly
     * cost.
     */
    public record CostItems(YearMonth month, Technology category, List<Item> items) {}

    /**
     * @param product as on the line; empty when the line names none (then the category's cost
     *     counts)
     */
    public record Item(String product, Money cost) {}

    public RuleContext(
            @Nullable ClaimLine line,
            @Nullable EffectiveProfile profile,
            int allowedMinutes,
            @Nullable Money limit,
            @Nullable Money amount,
            String detail) {
        this(line, profile, allowedMinutes, limit, amount, detail, Insurance.NOT_ASKED, null);
    }

    public RuleContext(
            @Nullable ClaimLine line,
            @Nullable EffectiveProfile profile,
            int allowedMinutes,
            @Nullable Money limit,
            @Nullable Money amount,
            String detail,
            Insurance insurance,
            @Nullable CostItems costGap) {
        this(line, profile, allowedMinutes, limit, amount, detail, insurance, costGap, Money.ZERO);
    }

    public static RuleContext of(@Nullable ClaimLine line, @Nullable EffectiveProfile profile) {
        return new RuleContext(line, profile, 0, null, null, "");
    }

    /**
     * A line finding with a fact the check adds: the other line of a pair, or a correction's reason
     * code.
     */
    static RuleContext detail(ClaimLine line, @Nullable EffectiveProfile profile, String detail) {
        return new RuleContext(line, profile, 0, null, null, detail);
    }

    /** An eligibility finding (spec 3.3), which may word what the insurance verification said. */
    static RuleContext eligibility(
            ClaimLine line, @Nullable EffectiveProfile profile, Insurance insurance) {
        return new RuleContext(line, profile, 0, null, null, "", insurance, null);
    }

    /** A cap finding (spec 3.4): the minutes the line was granted. */
    static RuleContext capped(
            ClaimLine line, @Nullable EffectiveProfile profile, int allowedMinutes) {
        return new RuleContext(line, profile, allowedMinutes, null, null, "");
    }

    /** TARIFF_ABOVE_CEILING (spec 3.5): the ceiling per hour the line's tariff is above. */
    static RuleContext aboveCeiling(
            ClaimLine line, @Nullable EffectiveProfile profile, int allowedMinutes, Money ceiling) {
        return new RuleContext(line, profile, allowedMinutes, ceiling, null, "");
    }

    /**
     * AMOUNT_MISMATCH (spec 3.6): minutes x tariff / 60, and what the declared amount falls short
     * of it.
     */
    static RuleContext amountMismatch(
            ClaimLine line,
            @Nullable EffectiveProfile profile,
            Money expected,
            Money underclaimed) {
        return new RuleContext(
                line, profile, 0, null, expected, "", Insurance.NOT_ASKED, null, underclaimed);
    }

    /**
     * COST_GAP (spec 3.7), a client-month finding without a line: what the items cost and what
     * their lines reimbursed.
     */
    static RuleContext costGap(
            @Nullable EffectiveProfile profile,
            Money cost,
            Money reimbursed,
            Insurance insurance,
            CostItems items) {
        return new RuleContext(null, profile, 0, cost, reimbursed, "", insurance, items);
    }

    // A rule words the facts its finding always has: a line finding has a line, a finding of an
    // insurer rule a profile,
    // a cap or ceiling finding its limit. These say so once, instead of a null check in every
    // message.

    /** The line of a line finding (every code but COST_GAP). */
    public ClaimLine requireLine() {
        return present(line, "line");
    }

    /** The profile of a finding an insurer's terms decide. */
    public EffectiveProfile requireProfile() {
        return present(profile, "profile");
    }

    /** The cap or ceiling that bound (TARIFF_ABOVE_CEILING, COST_GAP). */
    public Money requireLimit() {
        return present(limit, "limit");
    }

    /** The amount the finding compares with (AMOUNT_MISMATCH, COST_GAP). */
    public Money requireAmount() {
        return present(amount, "amount");
    }

    /** The items behind a COST_GAP. */
    public CostItems requireCostGap() {
        return present(costGap, "costGap");
    }

    private static <T> T present(@Nullable T value, String fact) {
        if (value == null) {
            throw new IllegalStateException(
                    "a finding was worded without its "
                            + fact
                            + " (a bug in the check, not in the input)");
        }
        return value;
    }
}
