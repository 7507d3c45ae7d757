package nl.tztcheck.comparison.wlz;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tztcheck.profiles.Source;
import nl.tztcheck.profiles.Trust;

/**
 * One zorgkantoor's tariff policy for verpleging en verzorging (Wlz) in a contracting period.
 *
 * @param validTo inclusive
 * @param unclear what the source leaves unclear about the policy as a whole
 * @param technology what the source's technology row says for this zorgkantoor, "" when nothing
 */
public record ZorgkantoorPolicy(
        String id,
        String name,
        String file,
        LocalDate validFrom,
        LocalDate validTo,
        Source source,
        Map<Term, TermValue> terms,
        List<String> unclear,
        String technology) {

    public ZorgkantoorPolicy {
        terms = Map.copyOf(terms);
        unclear = List.copyOf(unclear);
        technology = technology == null ? "" : technology;
    }

    /**
     * Verified when the source is the zorgkantoor's own document, quoted; unverified otherwise. The
     * shipped profiles come from a real but secondary table (a text extract whose columns break
     * over a page), so they are unverified, not illustrative: nothing in them is invented.
     */
    public Trust trust() {
        return source.verified() ? Trust.VERIFIED : Trust.UNVERIFIED;
    }

    public Optional<TermValue> term(Term t) {
        return Optional.ofNullable(terms.get(t));
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }
}
