package nl.tztcheck.samples;

/**
 * SplitMix64: tiny, fast and fully specified here, so a seed gives the same sample on every JDK
 * (java.util.Random would too, but its streams are awkward to derive per client).
 */
final class SeededRandom {

    private long state;

    SeededRandom(long seed) {
        this.state = seed;
    }

    /** An independent stream for one item (e.g. a client) of a seeded run. */
    static SeededRandom forItem(long seed, long item) {
        SeededRandom r =
                new SeededRandom(seed ^ (item * 0xD1B54A32D192ED03L + 0x632BE59BD9B4E019L));
        r.nextLong();
        return r;
    }

    long nextLong() {
        long z = state += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        return (int) Long.remainderUnsigned(nextLong() >>> 1, bound);
    }

    /** Uniform in [low, high], both included. */
    int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    /** A multiple of {@code step} in [low, high]. */
    int stepped(int low, int high, int step) {
        return low + step * nextInt((high - low) / step + 1);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }
}
