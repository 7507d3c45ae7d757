package nl.tztcheck.comparison;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.tztcheck.money.Money;
import nl.tztcheck.profiles.Trust;

/**
 * The same care checked as if every client were insured with each insurer in turn, on its terms.
 *
 * @param clientMonths distinct (client, month) pairs with readable technology lines: the divisor of
 *     "per client per month"
 * @param conditions whether each insurer's own conditions (prior approval) were assumed met or not
 *     met
 * @param costTrust how far the technology costs behind the cost gap can be trusted (the cost file's
 *     source)
 * @param profiles the profile set's fingerprint (SHA-256 over its files), so a reader can tell
 *     which terms were used
 * @param asDeclared the export checked as it stands, for reference
 */
public record WhatIfResult(
        String claimsFile,
        long clientMonths,
        WhatIfConditions conditions,
        Trust costTrust,
        String profiles,
        InsurerOutcome asDeclared,
        List<InsurerOutcome> insurers) {

    public WhatIfResult {
        insurers = List.copyOf(insurers);
        if (insurers.isEmpty()) {
            throw new IllegalArgumentException("a what-if needs at least one insurer profile");
        }
    }

    private static final Comparator<InsurerOutcome> BY_REIMBURSABLE =
            Comparator.comparingLong((InsurerOutcome o) -> o.totals().reimbursable());

    /** The insurer that would reimburse the most (ties: the first name in alphabetical order). */
    public InsurerOutcome mostGenerous() {
        return insurers.stream()
                .sorted(BY_REIMBURSABLE.reversed().thenComparing(InsurerOutcome::name))
                .findFirst()
                .orElseThrow();
    }

    /** The insurer that would reimburse the least (ties: the first name in alphabetical order). */
    public InsurerOutcome leastGenerous() {
        return insurers.stream()
                .sorted(BY_REIMBURSABLE.thenComparing(InsurerOutcome::name))
                .findFirst()
                .orElseThrow();
    }

    /** Most minus least generous reimbursement, in cents. */
    public long spreadCents() {
        return mostGenerous().totals().reimbursable() - leastGenerous().totals().reimbursable();
    }

    /** How far the spread can be trusted: the worse of the two insurers' conditions. */
    public Trust spreadTrust() {
        return mostGenerous().trust().and(leastGenerous().trust());
    }

    /**
     * The same result over the insurers that reimburse anything (the others pay nothing: no
     * contract for this care).
     */
    public Optional<WhatIfResult> payingOnly() {
        List<InsurerOutcome> paying =
                insurers.stream().filter(o -> o.totals().reimbursable() > 0).toList();
        return paying.size() < 2 || paying.size() == insurers.size()
                ? Optional.empty()
                : Optional.of(
                        new WhatIfResult(
                                claimsFile,
                                clientMonths,
                                conditions,
                                costTrust,
                                profiles,
                                asDeclared,
                                paying));
    }

    /** cents / client-months, rounded half up; 0 when there are no client-months. */
    public long perClientMonth(long cents) {
        return clientMonths == 0 ? 0 : Money.divideHalfUp(cents, clientMonths);
    }
}
