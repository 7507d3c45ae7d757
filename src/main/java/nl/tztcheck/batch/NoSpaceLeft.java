package nl.tztcheck.batch;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.tztcheck.reports.NoSpaceException;

/**
 * A failure for want of disk space: the operating system's "No space left on device" anywhere in
 * the causes (an IOException of the report writers, H2's storage engine, a PostgreSQL server's
 * "could not extend file"), with the file when the failure names one.
 *
 * @param file the file being written, or null when the failure does not say
 * @param written bytes of that file written when the disk was full, -1 when unknown
 * @param databaseServer the database server's disk (PostgreSQL), not one of this machine's
 */
public record NoSpaceLeft(Path file, long written, boolean databaseServer) {

    /** The operating system's words (ENOSPC), as Java, H2 and PostgreSQL pass them on. */
    public static final String MESSAGE = NoSpaceException.REASON;

    /**
     * The first failure among {@code failures} (their causes, suppressed and next exceptions
     * included) that is for want of space.
     */
    public static Optional<NoSpaceLeft> in(Collection<? extends Throwable> failures) {
        boolean found = false;
        Path file = null;
        long written = -1;
        boolean databaseServer = false;
        Deque<Throwable> todo = new ArrayDeque<>(failures);
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t.getMessage() != null && t.getMessage().contains(MESSAGE)) {
                found = true;
                if (file == null && t instanceof FileSystemException fse && fse.getFile() != null) {
                    file = Path.of(fse.getFile());
                    written = fse instanceof NoSpaceException named ? named.written() : -1;
                }
            }
            databaseServer |= t.getClass().getName().startsWith("org.postgresql.");
            addIfPresent(todo, t.getCause());
            for (Throwable s : t.getSuppressed()) {
                addIfPresent(todo, s);
            }
            if (t instanceof SQLException sql) {
                addIfPresent(todo, sql.getNextException());
            }
        }
        return found
                ? Optional.of(new NoSpaceLeft(file, written, databaseServer && file == null))
                : Optional.empty();
    }

    public static Optional<NoSpaceLeft> in(Throwable failure) {
        return failure == null ? Optional.empty() : in(List.of(failure));
    }

    private static void addIfPresent(Deque<Throwable> todo, Throwable t) {
        if (t != null) {
            todo.add(t);
        }
    }
}
