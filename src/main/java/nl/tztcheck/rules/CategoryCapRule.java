package nl.tztcheck.rules;

import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Terms;
import org.jspecify.annotations.Nullable;

/**
 * The insurer caps each technology category per client per month (often 2.5 h medication, 4 h
 * video); minutes beyond the category cap are not paid, even under the 6.5 h total.
 */
public final class CategoryCapRule implements Rule {

    /** What {@link #minutesLeft} returns when no category cap limits the line. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    /**
     * Spec 3.4: what is left of the line's category cap once {@code used} minutes of that category
     * were granted in the client-month; never below zero. {@link #UNLIMITED} when the profile caps
     * not this category, or the line names no technology (an AW319 line counts against the monthly
     * cap only, see {@link TechnologyUnknownRule#applies}).
     *
     * @param technology the line's category, null when the export does not say
     */
    static int minutesLeft(Terms settings, @Nullable Technology technology, int used) {
        Integer cap = technology == null ? null : settings.categoryCapsMinutes().get(technology);
        return cap == null ? UNLIMITED : Math.max(0, cap - used);
    }

    /**
     * Spec 3.4: a line granted less than it claimed is cut by the category cap when that is the
     * tighter of the two; on a tie the monthly cap names the finding (the worked example's line
     * v2).
     */
    static FindingCode binding(int categoryLeft, int monthLeft) {
        return categoryLeft < monthLeft
                ? FindingCode.CATEGORY_CAP_EXCEEDED
                : FindingCode.MONTHLY_CAP_EXCEEDED;
    }

    @Override
    public FindingCode code() {
        return FindingCode.CATEGORY_CAP_EXCEEDED;
    }

    @Override
    public String nationalSource() {
        return "Contract with the insurer (the NZa leaves the conditions of 1062 to insurer and provider): the split 2.5 h medication"
                + " / 4 h video is that of the NZa prestaties of 2016-2019, merged into one 6.5 h prestatie from 2020 (Skipr, July 2019,"
                + " on the NZa Wegwijzer bekostiging digitale zorg 2020)";
    }

    @Override
    public java.util.List<String> dimensions() {
        return java.util.List.of("categoryCapsMinutes");
    }

    @Override
    public boolean insurerCondition() {
        return true;
    }

    @Override
    public Object[] figures(RuleContext c, RuleTexts t) {
        return new Object[] {
            "lineId",
            c.requireLine().lineId(),
            "minutes",
            t.minutes(c.requireLine().minutes()),
            "technology",
            t.technology(c.requireLine().technology()),
            "allowed",
            t.minutes(c.allowedMinutes()),
            "cap",
            t.cap(
                    java.util.Objects.requireNonNull(
                            c.requireProfile()
                                    .settings()
                                    .categoryCapsMinutes()
                                    .get(c.requireLine().technology()),
                            "a category cap finding has its cap")),
            "month",
            t.month(c.requireLine().month()),
            "insurer",
            t.insurer(c.profile())
        };
    }
}
