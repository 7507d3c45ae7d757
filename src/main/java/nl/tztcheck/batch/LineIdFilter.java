package nl.tztcheck.batch;

/**
 * Which line ids the load has seen, as a Bloom filter of fixed size ({@value #BYTES} bytes): an id
 * is either certainly new or perhaps seen before. Only the "perhaps" ids are looked for again,
 * after the load, so finding repeated line ids needs no index over every staged line (that index
 * cost more than the rest of the preparation). A false "perhaps" costs a lookup, never a wrong
 * result: with {@value #HASHES} hashes they are one in half a million at two million ids in an
 * export, one in seven thousand at five million and one in three hundred and fifty at ten million.
 */
final class LineIdFilter {

    static final int BYTES = 1 << 24;
    static final int HASHES = 5;
    private static final long BIT_MASK = (BYTES * 8L) - 1;

    private final long[] words = new long[BYTES / 8];

    /** Adds the id; true when it may have been added before. */
    boolean add(String id) {
        long h = hash(id);
        long h1 = h;
        long h2 = (h >>> 29) | 1; // odd: the probes never fall on one bit
        boolean seen = true;
        for (int i = 0; i < HASHES; i++) {
            long bit = (h1 + i * h2) & BIT_MASK;
            int word = (int) (bit >>> 6);
            long mask = 1L << bit;
            if ((words[word] & mask) == 0) {
                seen = false;
                words[word] |= mask;
            }
        }
        return seen;
    }

    /** FNV-1a over the characters, then MurmurHash3's finaliser to spread the bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
