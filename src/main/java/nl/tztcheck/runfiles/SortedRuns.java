package nl.tztcheck.runfiles;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first half of an external merge sort: staged lines are collected up to a bound, sorted in
 * {@link StagedLine#OUTPUT_ORDER} and written to a run file; {@link MergedRuns} merges the run
 * files back into one ordered stream. Memory is bounded by {@code maxInMemory} lines whatever the
 * size or the order of the export.
 */
public final class SortedRuns {

    private final Path dir;
    private final String prefix;
    private final int maxInMemory;
    private final List<Keyed> buffer = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    public SortedRuns(Path dir, String prefix, int maxInMemory) {
        if (maxInMemory < 1) {
            throw new IllegalArgumentException("maxInMemory must be at least 1");
        }
        this.dir = dir;
        this.prefix = prefix;
        this.maxInMemory = maxInMemory;
    }

    /**
     * How many lines to hold before a run file is written: about a fifth of the heap at roughly 500
     * bytes a staged line, at least 20,000 and at most 1,000,000.
     */
    public static int linesForHeap(long maxHeapBytes) {
        return (int) Math.max(20_000, Math.min(1_000_000, maxHeapBytes / 2_500));
    }

    public void add(StagedLine line) throws IOException {
        buffer.add(new Keyed(line));
        if (buffer.size() >= maxInMemory) {
            spill();
        }
    }

    /** Writes what is left and returns the run files, in the order they were written. */
    public List<Path> finish() throws IOException {
        if (!buffer.isEmpty() || files.isEmpty()) {
            spill();
        }
        return List.copyOf(files);
    }

    private void spill() throws IOException {
        buffer.sort(Keyed::compare);
        Path file = dir.resolve(String.format("%s-%04d.bin", prefix, files.size()));
        try (DataOutputStream out =
                new DataOutputStream(
                        new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeInt(buffer.size());
            for (Keyed k : buffer) {
                k.line.write(out);
            }
        }
        files.add(file);
        buffer.clear();
    }

    /**
     * A line with the leading parts of its sort key packed into numbers, so most comparisons of the
     * sort touch two longs instead of strings and dates: the insurer code's first four characters,
     * then the month and the client key's first three characters, then its next four. Equal numbers
     * fall back to {@link StagedLine#OUTPUT_ORDER}, which decides.
     */
    private static final class Keyed {
        final long k1;
        final long k2;
        final long k3;
        final StagedLine line;

        Keyed(StagedLine line) {
            this.line = line;
            String uzovi = line.line().uzovi();
            String client = line.line().clientId();
            // a code longer than four characters would order after its month: leave those to the
            // full comparison
            this.k1 = uzovi.length() > 4 ? Long.MIN_VALUE : chars(uzovi, 0, 4);
            int month = line.monthKey();
            long monthIndex = (month / 100) * 12L + (month % 100);
            this.k2 = (monthIndex << 48) | chars(client, 0, 3);
            this.k3 = chars(client, 3, 4);
        }

        /** {@code n} characters from {@code from}, 16 bits each, 0 past the end (as compareTo). */
        private static long chars(String s, int from, int n) {
            long v = 0;
            for (int i = from; i < from + n; i++) {
                v = (v << 16) | (i < s.length() ? s.charAt(i) : 0);
            }
            return v;
        }

        static int compare(Keyed a, Keyed b) {
            if (a.k1 != Long.MIN_VALUE && b.k1 != Long.MIN_VALUE) {
                int c = Long.compareUnsigned(a.k1, b.k1);
                if (c != 0) {
                    return c;
                }
                c = Long.compareUnsigned(a.k2, b.k2);
                if (c != 0) {
                    return c;
                }
                c = Long.compareUnsigned(a.k3, b.k3);
                if (c != 0) {
                    return c;
                }
            }
            return StagedLine.OUTPUT_ORDER.compare(a.line, b.line);
        }
    }
}
