package nl.tztcheck.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import nl.tztcheck.claims.ClaimSource;
import nl.tztcheck.claims.RowResult;

/**
 * Parses the export on a thread of its own while the load step writes the rows before: on two
 * cores, reading and parsing overlap the database's work instead of adding to it. At most {@value
 * #BATCHES} batches of {@value #BATCH} rows wait, so memory stays small whatever the size of the
 * export. Rows come out in file order; a failure of the parser is thrown by {@link #next()}.
 */
final class ReadAhead implements AutoCloseable {

    static final int BATCH = 500;
    static final int BATCHES = 8;

    /**
     * Rows in file order; {@code blankRows} is the source's count after the last of them; {@code
     * last} or an {@code error} (thrown once the rows before it are read) ends the stream.
     */
    private record Batch(
            List<RowResult> rows, long blankRows, boolean last, RuntimeException error) {}

    private final ClaimSource source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    private volatile boolean closed;
    private Batch current = new Batch(List.of(), 0, false, null);
    private int next;
    private long blankRows;

    /** Starts parsing {@code source} (positioned where reading should begin) at once. */
    ReadAhead(ClaimSource source) {
        this.source = source;
        this.blankRows = source.blankRows();
        this.thread = new Thread(this::parse, "tzt-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void parse() {
        try {
            boolean last = false;
            while (!closed && !last) {
                List<RowResult> rows = new ArrayList<>(BATCH);
                RuntimeException error = null;
                try {
                    RowResult row = null;
                    while (rows.size() < BATCH && (row = source.next()) != null) {
                        rows.add(row);
                    }
                    last = row == null;
                } catch (RuntimeException e) {
                    error = e;
                    last = true;
                }
                queue.put(new Batch(rows, source.blankRows(), last, error));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next row, or null at the end of the export. */
    RowResult next() {
        while (next == current.rows().size()) {
            if (current.error() != null) {
                RuntimeException e = current.error();
                current = new Batch(List.of(), current.blankRows(), true, null);
                throw e;
            }
            if (current.last()) {
                return null;
            }
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the export", e);
            }
            next = 0;
            blankRows = current.blankRows();
        }
        return current.rows().get(next++);
    }

    /**
     * Rows without content the parser has skipped, as of the last batch handed out (at the end: all
     * of them).
     */
    long blankRows() {
        return blankRows;
    }

    /** Stops the parser (if it is still running); the source is closed by its owner afterwards. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.interrupt();
        queue.clear();
        thread.join();
    }
}
