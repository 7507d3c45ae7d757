package nl.tztcheck.comparison.wlz;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.tztcheck.profiles.Source;

/**
 * One zorgkantoor's tariff policy for verpleging en verzorging (Wlz) in a contracting period.
 *
 * @param validTo inclusive
 * @param unclear what the source leaves unclear about the policy as a whole
 */
public record ZorgkantoorPolicy(String id, String name, String file, LocalDate validFrom, LocalDate validTo, Source source,
        Map<Term, TermValue> terms, List<String> unclear) {

    public ZorgkantoorPolicy {
        terms = Map.copyOf(terms);
        unclear = List.copyOf(unclear);
    }

    public Optional<TermValue> term(Term t) {
        return Optional.ofNullable(terms.get(t));
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
}
