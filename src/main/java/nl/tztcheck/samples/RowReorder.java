package nl.tztcheck.samples;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts generated rows in date or shuffled order with bounded memory, for exports of any size: rows
 * go to K temporary bucket files (by day range for date order, by a seeded random draw for shuffled
 * order), then each bucket is read back, sorted by date (stable, so rows of one day keep the
 * generation order) or shuffled with a seeded random, and appended to the export. Only one bucket
 * (about {@link #ROWS_PER_BUCKET} rows) is in memory at a time. The temporary files are removed on
 * {@link #close()}.
 */
final class RowReorder implements Closeable {

    /** Rows a bucket holds on average: some 25-40 MB of strings in memory when read back. */
    static final long ROWS_PER_BUCKET = 200_000;

    /** Width of the day number written before each row in date order. */
    private static final int DAY_WIDTH = 6;

    private final ExportOrder order;
    private final Path dir;
    private final Charset charset;
    private final long firstDay;
    private final long days;
    private final BufferedWriter[] buckets;
    private final SeededRandom random;
    private final long seed;

    /**
     * @param expectedRows an estimate of the rows to come, to choose the number of buckets
     * @param rowsPerBucket rows a bucket should hold on average ({@link #ROWS_PER_BUCKET})
     * @param tempParent where the temporary folder is made (removed again on close)
     */
    RowReorder(
            ExportOrder order,
            GeneratorOptions options,
            long expectedRows,
            long rowsPerBucket,
            Path tempParent,
            Charset charset)
            throws IOException {
        if (order == ExportOrder.CLIENT) {
            throw new IllegalArgumentException("client order needs no reordering");
        }
        this.order = order;
        this.charset = charset;
        this.seed = options.seed();
        this.random = SeededRandom.forItem(options.seed() ^ 0x5EED0F0DE4L, -1);
        this.firstDay = options.firstMonth().atDay(1).toEpochDay();
        this.days = options.lastMonth().atEndOfMonth().toEpochDay() - firstDay + 1;
        long k = Math.max(1, Math.min(4096, expectedRows / rowsPerBucket + 1));
        if (order == ExportOrder.DATE) {
            k = Math.min(k, days);
        }
        Files.createDirectories(tempParent);
        this.dir = Files.createTempDirectory(tempParent, ".tzt-generate-");
        this.buckets = new BufferedWriter[(int) k];
        try {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = Files.newBufferedWriter(bucketFile(i), charset);
            }
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    int bucketCount() {
        return buckets.length;
    }

    /** One row, without its line end; the date decides its place in date order. */
    void add(CharSequence row, LocalDate date) throws IOException {
        BufferedWriter w;
        if (order == ExportOrder.DATE) {
            long day = date.toEpochDay() - firstDay;
            if (day < 0 || day >= days) {
                throw new IllegalArgumentException(date + " lies outside the generated months");
            }
            w = buckets[(int) (day * buckets.length / days)];
            String d = Long.toString(day);
            w.write("0".repeat(DAY_WIDTH - d.length()));
            w.write(d);
        } else {
            w = buckets[random.nextInt(buckets.length)];
        }
        w.append(row).append('\n');
    }

    /** Writes every bucket in order, each sorted or shuffled, each row ending in lineEnd. */
    void drainTo(Writer out, String lineEnd) throws IOException {
        for (BufferedWriter w : buckets) {
            w.close();
        }
        for (int i = 0; i < buckets.length; i++) {
            List<String> rows = new ArrayList<>();
            try (BufferedReader in = Files.newBufferedReader(bucketFile(i), charset)) {
                for (String row = in.readLine(); row != null; row = in.readLine()) {
                    rows.add(row);
                }
            }
            Files.delete(bucketFile(i));
            if (order == ExportOrder.DATE) {
                // stable: rows of one day stay in generation order
                rows.sort(Comparator.comparing(r -> r.substring(0, DAY_WIDTH)));
            } else {
                shuffle(rows, SeededRandom.forItem(seed ^ 0x5B0FF1EL, i));
            }
            int skip = order == ExportOrder.DATE ? DAY_WIDTH : 0;
            for (String row : rows) {
                out.write(row, skip, row.length() - skip);
                out.write(lineEnd);
            }
        }
    }

    /** Fisher-Yates with the generator's own random, so a seed gives the same order everywhere. */
    private static void shuffle(List<String> rows, SeededRandom r) {
        for (int i = rows.size() - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            String t = rows.get(i);
            rows.set(i, rows.get(j));
            rows.set(j, t);
        }
    }

    private Path bucketFile(int i) {
        return dir.resolve("bucket-" + i);
    }

    @Override
    public void close() throws IOException {
        for (BufferedWriter w : buckets) {
            if (w != null) {
                try {
                    w.close();
                } catch (IOException e) {
                    // removed below either way
                }
            }
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }
}
