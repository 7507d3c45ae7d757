package nl.tztcheck.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * The euro axis of a bar chart: a round maximum at or above the largest amount and at most seven
 * round steps up to it (1, 2, 2.5 or 5 times a power of ten, at least one euro; the smallest step
 * that needs no more than seven), so the bars fill most of the axis and a reader can compare them
 * against the axis and against each other.
 *
 * @param maxCents the amount at the end of the axis
 * @param stepCents the distance between ticks
 */
record EuroAxis(long maxCents, long stepCents) {

    private static final int MAX_STEPS = 7;

    /** The axis for amounts up to {@code largestCents} (0 or less gives an axis of one euro). */
    static EuroAxis upTo(long largestCents) {
        long largest = Math.max(largestCents, 1);
        for (long magnitude = 10; ; magnitude *= 10) {
            // steps of 1, 2, 2.5 and 5 times a power of ten, in cents
            for (long step :
                    new long[] {magnitude, magnitude * 2, magnitude * 5 / 2, magnitude * 5}) {
                if (step >= 100 && (largest + step - 1) / step <= MAX_STEPS) {
                    return new EuroAxis((largest + step - 1) / step * step, step);
                }
            }
        }
    }

    /** The tick amounts, 0 first, {@link #maxCents} last. */
    List<Long> ticks() {
        List<Long> ticks = new ArrayList<>();
        for (long v = 0; v <= maxCents; v += stepCents) {
            ticks.add(v);
        }
        return ticks;
    }

    /** Where an amount lies on an axis of {@code length} units (negative amounts at 0). */
    double position(long cents, double length) {
        return Math.max(0, cents) * length / maxCents;
    }
}
