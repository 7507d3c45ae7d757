package nl.tztcheck.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One run per input at a time: an OS file lock in the data directory, keyed by what identifies
 * the run (export, profiles, costs, output directory). The OS releases it when the process dies,
 * so a killed run never blocks its restart. Runs on other inputs take other locks.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process holds it; {@link #holder} then says who. */
    public static Optional<RunLock> tryAcquire(Path dataDir, CheckJobParameters params) throws IOException {
        Path file = file(dataDir, params);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        String who = "pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
        return Optional.of(new RunLock(channel, lock));
    }

    /** Who holds the lock, as written by the holder ("pid 123 since ..."). */
    public static String holder(Path dataDir, CheckJobParameters params) {
        try {
            return Files.readString(file(dataDir, params)).trim();
        } catch (IOException e) {
            return "another process";
        }
    }

    static Path file(Path dataDir, CheckJobParameters p) {
        String identity = String.join("\n", p.claims().toString(), p.claimsSha256(), p.profilesFingerprint(), p.costsSha256(),
                p.out().toString());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return dataDir.resolve("locks").resolve(HexFormat.of().formatHex(d, 0, 12) + ".lock");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
