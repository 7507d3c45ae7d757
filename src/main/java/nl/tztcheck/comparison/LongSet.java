package nl.tztcheck.comparison;

import java.util.Arrays;

/**
 * A set of longs in one array (open addressing): 8 to 16 bytes a member instead of a HashSet's 50
 * or so, for the distinct clients and client-months evidence.json counts. Exact, as the suppression
 * of small cells needs; the only memory of a run that grows with the number of clients.
 */
final class LongSet {

    private static final long FREE = Long.MIN_VALUE;

    private long[] slots = newSlots(16);
    private int size;
    private boolean hasFreeValue;

    /** Adds the value; true when it was not there yet. */
    boolean add(long value) {
        if (value == FREE) {
            boolean added = !hasFreeValue;
            hasFreeValue = true;
            size += added ? 1 : 0;
            return added;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (!insert(slots, value)) {
            return false;
        }
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private static boolean insert(long[] slots, long value) {
        int mask = slots.length - 1;
        for (int i = slot(value, mask); ; i = (i + 1) & mask) {
            if (slots[i] == FREE) {
                slots[i] = value;
                return true;
            }
            if (slots[i] == value) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = newSlots(slots.length * 2);
        for (long v : slots) {
            if (v != FREE) {
                insert(bigger, v);
            }
        }
        slots = bigger;
    }

    private static int slot(long value, int mask) {
        long h = value * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads clustered keys (client
        // << 14 | month)
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private static long[] newSlots(int n) {
        long[] s = new long[n];
        Arrays.fill(s, FREE);
        return s;
    }
}
