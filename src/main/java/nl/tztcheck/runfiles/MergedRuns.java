package nl.tztcheck.runfiles;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The second half of the external merge sort: the run files of {@link SortedRuns} read back as one
 * stream in {@link StagedLine#OUTPUT_ORDER}, holding one line per file.
 */
public final class MergedRuns implements AutoCloseable {

    private static final class Run {
        final DataInputStream in;
        int left;
        @Nullable StagedLine head;

        Run(Path file) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            left = in.readInt();
        }

        boolean advance() throws IOException {
            if (left == 0) {
                head = null;
                return false;
            }
            left--;
            head = StagedLine.read(in);
            return true;
        }

        StagedLine head() {
            StagedLine h = head;
            if (h == null) {
                throw new IllegalStateException("run exhausted");
            }
            return h;
        }
    }

    private final List<Run> runs = new ArrayList<>();
    private final PriorityQueue<Run> queue =
            new PriorityQueue<>((a, b) -> StagedLine.OUTPUT_ORDER.compare(a.head(), b.head()));

    public MergedRuns(List<Path> files) throws IOException {
        try {
            for (Path f : files) {
                Run r = new Run(f);
                runs.add(r);
                if (r.advance()) {
                    queue.add(r);
                }
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The next line in order, or null when all are read. */
    public @Nullable StagedLine next() {
        Run r = queue.poll();
        if (r == null) {
            return null;
        }
        StagedLine line = r.head();
        try {
            if (r.advance()) {
                queue.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a run file", e);
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Run r : runs) {
            try {
                r.in.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
