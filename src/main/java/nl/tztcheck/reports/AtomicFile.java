package nl.tztcheck.reports;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Output files appear complete or not at all: written next to the target, then renamed over it.
 *
 * <p>The file being written is {@code .<name>.tzt-<pid>-<host>.<random>.part}: hidden, and naming
 * the process that writes it. A process killed while writing leaves it behind; {@link
 * #removeLeftovers} removes such files once their writer is known to be gone, never a file another
 * process is still writing.
 */
public final class AtomicFile {

    /** Writes text into a writer; may throw IOException. */
    @FunctionalInterface
    public interface Body {
        void write(Writer writer) throws IOException;
    }

    /** Writes bytes into a stream (a binary file such as findings.xlsx); may throw IOException. */
    @FunctionalInterface
    public interface BinaryBody {
        void write(OutputStream out) throws IOException;
    }

    /** A part file of tzt-check's own: {@code .<name>.tzt-<pid>-<host>.<digits>.part}. */
    private static final Pattern OWN_PART =
            Pattern.compile("\\..+\\.tzt-(\\d+)-([A-Za-z0-9-]+)\\.\\d+\\.part");

    /**
     * The part files of versions before the writer was named: {@code .<one of the report
     * files><digits>.part}.
     */
    private static final Pattern UNNAMED_PART =
            Pattern.compile(
                    "\\.(findings\\.csv|rejects\\.csv|lines\\.csv|summary\\.json|evidence\\.json|report\\.html|findings\\.xlsx)\\d+\\.part");

    /**
     * A part file whose writer cannot be asked (another host, an older version) is left alone this
     * long after its last write.
     */
    static final Duration FOREIGN_PART_AGE = Duration.ofHours(24);

    private static final String HOST = host();

    private AtomicFile() {}

    /** The same for a binary file: written aside, then renamed over the target. */
    public static void writeBinary(Path target, BinaryBody body) throws IOException {
        writeAside(target, body);
    }

    public static void write(Path target, boolean excelBom, Body body) throws IOException {
        writeAside(
                target,
                out -> {
                    Writer w =
                            new BufferedWriter(
                                    new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    if (excelBom) {
                        w.write('\ufeff'); // lets Excel open the file as UTF-8
                    }
                    body.write(w);
                    w.close(); // flushes; the body may have closed it already
                });
    }

    private static void writeAside(Path target, BinaryBody body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp =
                Files.createTempFile(
                        dir,
                        "."
                                + target.getFileName()
                                + ".tzt-"
                                + ProcessHandle.current().pid()
                                + "-"
                                + HOST
                                + ".",
                        ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.write(out);
            } catch (IOException e) {
                throw withPath(e, target, tmp);
            } catch (UncheckedIOException e) {
                throw withPath(requireNonNull(e.getCause()), target, tmp);
            }
            try {
                Files.move(
                        tmp,
                        target,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A write that failed for want of space says which file it was writing and how far it got (the
     * JDK's "No space left on device" says neither), as a {@link NoSpaceException}.
     */
    private static IOException withPath(IOException e, Path target, Path tmp) {
        if (e instanceof NoSpaceException
                || e.getMessage() == null
                || !e.getMessage().contains(NoSpaceException.REASON)) {
            return e;
        }
        long written;
        try {
            written = Files.size(tmp);
        } catch (IOException sizeUnknown) {
            written = -1;
        }
        return new NoSpaceException(target, written, e);
    }

    /**
     * Removes the part files a killed run left in {@code dir}: tzt-check's own only ({@code
     * .<name>.tzt-<pid>-<host>.<digits>.part}), and only those whose writer is gone: written on
     * this host by a process that no longer runs, or, when that cannot be asked (another host
     * sharing the directory, or an older version's {@code .<report file><digits>.part}), not
     * written to for {@link #FOREIGN_PART_AGE}. A run in progress, in this process or another,
     * keeps its part files.
     *
     * @return how many files were removed
     */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        Instant foreignBefore = Instant.now().minus(FOREIGN_PART_AGE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.part")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)
                        && isLeftover(file, foreignBefore)
                        && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean isLeftover(Path file, Instant foreignBefore) throws IOException {
        String name = file.getFileName().toString();
        Matcher own = OWN_PART.matcher(name);
        if (own.matches()) {
            if (own.group(2).equals(HOST)) {
                Optional<ProcessHandle> writer = ProcessHandle.of(Long.parseLong(own.group(1)));
                if (writer.isEmpty() || !writer.get().isAlive()) {
                    return true;
                }
            }
        } else if (!UNNAMED_PART.matcher(name).matches()) {
            return false; // not ours
        }
        return Files.getLastModifiedTime(file).toInstant().isBefore(foreignBefore);
    }

    /**
     * This machine's name as it may appear in a file name; containers sharing a directory have
     * their own.
     */
    private static String host() {
        String name = null;
        try {
            name = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
        } catch (IOException | RuntimeException e) {
            name =
                    System.getenv("HOSTNAME") != null
                            ? System.getenv("HOSTNAME")
                            : System.getenv("COMPUTERNAME");
        }
        String safe =
                name == null ? "" : name.replaceAll("[^A-Za-z0-9-]", "").toLowerCase(Locale.ROOT);
        safe = safe.length() > 40 ? safe.substring(0, 40) : safe;
        return safe.isEmpty() ? "host" : safe;
    }
}
