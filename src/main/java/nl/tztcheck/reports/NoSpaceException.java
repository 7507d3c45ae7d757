package nl.tztcheck.reports;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * An output file could not be written for want of disk space: which file, and how many bytes of it
 * were written.
 */
public final class NoSpaceException extends FileSystemException {

    /** The operating system's words (ENOSPC), as the JDK passes them on. */
    public static final String REASON = "No space left on device";

    private static final long serialVersionUID = 1L;

    private final long written;

    public NoSpaceException(Path file, long written, Throwable cause) {
        super(file.toString(), null, REASON);
        this.written = written;
        initCause(cause);
    }

    /** Bytes of the file written when the disk was full; -1 when unknown. */
    public long written() {
        return written;
    }
}
