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
 * @param line      the line, or null for a client-month finding
 * @param profile   null when no insurer profile applies
 * @param limit     the cap or ceiling that bound, where relevant
 * @param detail    a fact the check adds, language-neutral: the other line of a duplicate or credit pair,
 *                  or the {@link Correction} reason code of an orphan credit
 * @param insurance what the verification service said about the client-month
 * @param costGap   the items behind a cost gap, else null
 * @param underclaimed AMOUNT_MISMATCH: what the declared amount falls short of minutes x tariff / 60 (spec 3.6), else zero
 */
public record RuleContext(@Nullable ClaimLine line, @Nullable EffectiveProfile profile, int allowedMinutes, @Nullable Money limit,
        @Nullable Money amount, String detail, Insurance insurance, @Nullable CostItems costGap, Money underclaimed) {

    /** The technology a client-month paid for in one category: each distinct product and its monthly cost. */
    public record CostItems(YearMonth month, Technology category, List<Item> items) {
    }

    /** @param product as on the line; empty when the line names none (then the category's cost counts) */
    public record Item(String product, Money cost) {
    }

    public RuleContext(@Nullable ClaimLine line, @Nullable EffectiveProfile profile, int allowedMinutes, @Nullable Money limit,
            @Nullable Money amount, String detail) {
        this(line, profile, allowedMinutes, limit, amount, detail, Insurance.NOT_ASKED, null);
    }

    public RuleContext(@Nullable ClaimLine line, @Nullable EffectiveProfile profile, int allowedMinutes, @Nullable Money limit,
            @Nullable Money amount, String detail, Insurance insurance, @Nullable CostItems costGap) {
        this(line, profile, allowedMinutes, limit, amount, detail, insurance, costGap, Money.ZERO);
    }

    public static RuleContext of(@Nullable ClaimLine line, @Nullable EffectiveProfile profile) {
        return new RuleContext(line, profile, 0, null, null, "");
    }
}
