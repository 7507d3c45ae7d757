package nl.tztcheck.rules;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spec step 3.1 for a whole file: each credit, in file order, reverses the debit it names if that
 * debit is in the file and not already reversed. Works on the credits only (a small share of the
 * lines) plus a lookup of the lines they name, so it scales with the number of credits.
 */
public final class CreditMatcher {

    /** A credit line: where it is and which line it names. */
    public record Credit(String lineId, long lineNo, String correctsLineId) {}

    /** What the file holds under a line id a credit names. */
    public enum Target {
        ABSENT,
        DEBIT,
        CREDIT
    }

    private CreditMatcher() {}

    /** Corrections keyed by line id, for the credits and for the debits they reverse. */
    public static Map<String, Correction> match(
            List<Credit> credits, java.util.function.Function<String, Target> lookup) {
        Map<String, Correction> result = new HashMap<>();
        List<Credit> inOrder =
                credits.stream().sorted(Comparator.comparingLong(Credit::lineNo)).toList();
        for (Credit credit : inOrder) {
            String target = credit.correctsLineId();
            Target kind = lookup.apply(target);
            Correction earlier = result.get(target);
            if (kind == Target.ABSENT) {
                result.put(credit.lineId(), Correction.orphan(target, Correction.ABSENT));
            } else if (kind == Target.CREDIT) {
                result.put(credit.lineId(), Correction.orphan(target, Correction.TARGET_IS_CREDIT));
            } else if (earlier != null && earlier.kind() == Correction.Kind.CANCELLED) {
                result.put(
                        credit.lineId(),
                        Correction.orphan(
                                target, Correction.ALREADY_REVERSED_BY + earlier.otherLineId()));
            } else {
                result.put(credit.lineId(), Correction.cancels(target));
                result.put(target, Correction.cancelledBy(credit.lineId()));
            }
        }
        return result;
    }
}
