package nl.tztcheck.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the file engine keeps one run's work: {@code <data-dir>/runs/run-<job instance>/}, owner
 * only like the rest of the data directory, removed by the cleanup step. Each step writes its own
 * files and removes them first when it starts, so a step killed half way is simply done again.
 */
final class RunFiles {

    static final String LINES = "lines";
    static final String LOAD_REJECTS = "rejects.bin";
    static final String PERHAPS_REPEATED = "perhaps-repeated.bin";
    static final String CREDITS = "credits.bin";
    static final String REPEATS = "repeats.bin";
    static final String CORRECTIONS = "corrections.bin";
    static final String RESULTS = "results.bin";

    private final Path dir;

    RunFiles(Path dataDir, long runId) {
        this.dir = dataDir.resolve("runs").resolve("run-" + runId);
    }

    Path dir() {
        return dir;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** Creates the directory and removes the named files (a step's own, from an earlier try). */
    void startStep(String... names) throws IOException {
        Files.createDirectories(dir);
        DataDirectory.ownerOnly(dir.getParent());
        for (String n : names) {
            if (n.equals(LINES)) {
                for (Path p : lineFiles()) {
                    Files.delete(p);
                }
            } else {
                Files.deleteIfExists(dir.resolve(n));
                Files.deleteIfExists(dir.resolve(n + ".part"));
            }
        }
    }

    /** The sorted run files of the load, in the order they were written. */
    List<Path> lineFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, LINES + "-*.bin")) {
            s.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** Writes {@code name} aside and renames it when complete, so it is whole or absent. */
    void publish(String name) throws IOException {
        Files.move(
                dir.resolve(name + ".part"),
                dir.resolve(name),
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    Path part(String name) {
        return dir.resolve(name + ".part");
    }

    /** A run file to read, buffered. */
    DataInputStream read(String name) throws IOException {
        return read(dir.resolve(name));
    }

    static DataInputStream read(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** A run file to write (replaced if there), buffered. */
    static DataOutputStream write(Path file) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    void requireFile(String name) {
        if (!Files.isRegularFile(dir.resolve(name))) {
            throw new IllegalStateException(
                    "the run's file "
                            + dir.resolve(name)
                            + " is missing; the run cannot continue: check the export again with --force");
        }
    }

    void delete() {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
