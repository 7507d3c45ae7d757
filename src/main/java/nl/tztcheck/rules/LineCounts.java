package nl.tztcheck.rules;

/**
 * How many rows went where. Invariant: read = technology + regularCare + other + rejected. Blank
 * rows (nothing but separators) are counted apart and are not "read".
 */
public record LineCounts(
        long read, long technology, long regularCare, long other, long rejected, long blank) {

    public boolean reconciles() {
        return read == technology + regularCare + other + rejected;
    }
}
