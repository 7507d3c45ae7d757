package nl.tztcheck.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import nl.tztcheck.claims.ClaimLine;
import nl.tztcheck.claims.Technology;
import nl.tztcheck.findings.FindingCode;
import nl.tztcheck.profiles.ProfileSettings;

/**
 * Spec 3.4 for one client-month: its eligible lines are granted minutes in {@link GroupChecker#CAP_ORDER} until a cap runs
 * out. Each line gets min(its minutes, what is left of its category cap, what is left of the monthly cap); what is left of
 * a cap is that rule's own arithmetic ({@link CategoryCapRule#minutesLeft}, {@link MonthlyCapRule#minutesLeft}), and
 * {@link CategoryCapRule#binding} names the cap that cut a line short. This class keeps count of what the month has used.
 */
final class CapAllocation {

    private int monthUsed;
    private final Map<Technology, Integer> categoryUsed = new EnumMap<>(Technology.class);

    /** The finding for this line if it were granted next: the cap that leaves it less than it claims; empty when none does. */
    Optional<FindingCode> cutBy(ClaimLine line, ProfileSettings settings) {
        int monthLeft = MonthlyCapRule.minutesLeft(settings, monthUsed);
        int categoryLeft = categoryLeft(line.technology(), settings);
        return Math.min(categoryLeft, monthLeft) < line.minutes()
                ? Optional.of(CategoryCapRule.binding(categoryLeft, monthLeft)) : Optional.empty();
    }

    /** Grants the line as many of its minutes as both caps leave, counts them as used, and returns them. */
    int grant(ClaimLine line, ProfileSettings settings) {
        Technology technology = line.technology();
        int allowed = Math.min(line.minutes(),
                Math.min(categoryLeft(technology, settings), MonthlyCapRule.minutesLeft(settings, monthUsed)));
        monthUsed += allowed;
        if (technology != null) {
            categoryUsed.merge(technology, allowed, Integer::sum);
        }
        return allowed;
    }

    private int categoryLeft(Technology technology, ProfileSettings settings) {
        return CategoryCapRule.minutesLeft(settings, technology, technology == null ? 0 : categoryUsed.getOrDefault(technology, 0));
    }
}
