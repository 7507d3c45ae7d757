package nl.tztcheck.businesscase;

import java.util.OptionalInt;
import nl.tztcheck.claims.Technology;

/**
 * Regular V/PV minutes per client per month that technology saves, per insurer and technology: the
 * {@code saved} of the business case (issue 16). Either a figure the user assumes, or the observed
 * change in regular care of the export (before minus after; an observed difference, not a causal
 * effect).
 */
public interface SavedMinutes {

    /**
     * @return empty when not known for this insurer and technology (for instance a cell under 10
     *     clients)
     */
    OptionalInt perMonth(String insurerId, Technology technology);

    /** The same assumed figure for every insurer and technology. */
    static SavedMinutes fixed(int minutes) {
        return (insurerId, technology) -> OptionalInt.of(minutes);
    }
}
