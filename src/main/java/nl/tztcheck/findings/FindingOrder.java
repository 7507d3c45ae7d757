package nl.tztcheck.findings;

import java.util.Comparator;

/**
 * The order of findings.csv: by insurer code, month and client pseudonym; within a client-month the
 * order the check produced (lines by date and id, then the cost gaps). Sorting must be stable.
 */
public final class FindingOrder {

    public static final Comparator<Finding> BY_GROUP =
            Comparator.comparing(Finding::uzovi)
                    .thenComparing(Finding::month)
                    .thenComparing(Finding::client);

    private FindingOrder() {}
}
