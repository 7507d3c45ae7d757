package nl.tztcheck.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.Terms;

/**
 * Spec 3.4 for one client-month: its eligible lines are granted minutes in {@link
 * GroupChecker#CAP_ORDER} until a cap runs out. Each line gets min(its minutes, what is left of its
 * category cap, what is left of the monthly cap); what is left of a cap is that rule's own
 * arithmetic ({@link CategoryCapRule#minutesLeft}, {@link MonthlyCapRule#minutesLeft}), and {@link
 * CategoryCapRule#binding} names the cap that cut a line short. This class keeps count of what the
 * month has used.
 */
final class CapAllocation {

    private int monthUsed;
    private final Map<Technology, Integer> categoryUsed = new EnumMap<>(Technology.class);
    // what was left of each cap before the last grant, kept so the binding cap is named without
    // working it out twice
    private int categoryLeft;
    private int monthLeft;
    private boolean cut;

    /**
     * Grants the line as many of its minutes as both caps leave, counts them as used, and returns
     * them.
     */
    int grant(ClaimLine line, Terms settings) {
        Technology technology = line.technology();
        monthLeft = MonthlyCapRule.minutesLeft(settings, monthUsed);
        int categoryUsedSoFar = technology == null ? 0 : categoryUsed.getOrDefault(technology, 0);
        categoryLeft = CategoryCapRule.minutesLeft(settings, technology, categoryUsedSoFar);
        int allowed = Math.min(line.minutes(), Math.min(categoryLeft, monthLeft));
        cut = allowed < line.minutes();
        monthUsed += allowed;
        if (technology != null) {
            categoryUsed.merge(technology, allowed, Integer::sum);
        }
        return allowed;
    }

    /**
     * The cap that left the line granted last less than it claimed, which names its finding; empty
     * when it got every minute.
     */
    Optional<FindingCode> lastCutBy() {
        return cut
                ? Optional.of(CategoryCapRule.binding(categoryLeft, monthLeft))
                : Optional.empty();
    }
}
