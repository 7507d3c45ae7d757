package nl.tztcheck.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * On the embedded H2 database, runs that share a data directory take turns: an OS file lock in the
 * data directory, taken before the database is opened. H2 serves one file to several processes
 * (AUTO_SERVER), but a long run beside another's heavy writes fails inside H2's storage ("Chunk not
 * found", issue 12), and the database closes with the process that opened it first. Taking turns
 * costs the second run its wait and gives each run exactly what it would give alone; runs that must
 * go side by side use PostgreSQL, where they do. The OS releases the lock when its process dies, so
 * a killed run never blocks. The lock file says which run holds it, so a second start of the
 * <em>same</em> run is refused at once instead of waiting ({@link RunLock} refuses it on
 * PostgreSQL).
 */
public final class DataDirectoryGate implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryGate(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * What a caller learns when the gate is held: by the same run, or by another one to wait for.
     */
    public interface Waiting {
        /** The same run holds it: give up (returns without the gate). */
        void sameRun(String holder);

        /** Another run holds it: about to wait for it. */
        void otherRun(String holder);
    }

    /**
     * Passes the gate for the run {@code runKey}: at once when free, after waiting when another run
     * holds it; empty when the same run holds it.
     */
    public static java.util.Optional<DataDirectoryGate> pass(
            Path dataDir, String runKey, Waiting waiting) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("runs.lock");
        FileChannel channel =
                FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        StandardOpenOption.READ);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            String[] holder = read(file);
            if (runKey.equals(holder[0])) {
                channel.close();
                waiting.sameRun(holder[1]);
                return java.util.Optional.empty();
            }
            waiting.otherRun(holder[1]);
            lock = channel.lock(); // blocks until the other run ends (or dies)
        }
        String who =
                runKey
                        + "\n"
                        + "pid "
                        + ProcessHandle.current().pid()
                        + ", since "
                        + Instant.now()
                        + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return java.util.Optional.of(new DataDirectoryGate(channel, lock));
    }

    private static String[] read(Path file) {
        try {
            String[] lines = Files.readString(file).split("\n");
            return new String[] {lines[0], lines.length > 1 ? lines[1] : "another process"};
        } catch (IOException | RuntimeException e) {
            return new String[] {"", "another process"};
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
